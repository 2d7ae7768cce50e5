import { execFileSync } from 'node:child_process';
import { isWebBuildStale, ROOT } from '../../../scripts/web-build';

/** Runs `vite build` when dist/web is missing or older than its sources (~3 s). */
export function ensureWebBuilt(): void {
	if (isWebBuildStale()) execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'pipe' });
}
