import { execFileSync } from 'node:child_process';
import { isWebBuildStale, ROOT } from '../../../scripts/web-build';

/**
 * Runs `vite build` when dist/web is missing or older than its sources (~3 s). The build is
 * the production one users get: vitest sets NODE_ENV=test, and a build under it has
 * `import.meta.env.PROD` false, which drops production-only code such as the phone's service
 * worker registration.
 */
export function ensureWebBuilt(): void {
	if (isWebBuildStale())
		execFileSync('npx', ['vite', 'build'], {
			cwd: ROOT,
			stdio: 'pipe',
			env: { ...process.env, NODE_ENV: 'production' }
		});
}
