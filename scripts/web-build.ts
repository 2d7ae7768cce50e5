import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
const BUILT_INDEX = join(ROOT, 'dist/web/index.html');
/** Sources whose change makes the built dashboard stale. */
const WEB_INPUTS = [
	'web',
	'geo',
	'server/contract',
	'vite.config.ts',
	'scripts/phone-service-worker.ts',
	'package-lock.json'
];

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path).reduce((m, name) => Math.max(m, newestMtime(join(path, name))), 0);
}

/** True when dist/web is missing or older than any web source. */
export function isWebBuildStale(): boolean {
	if (!existsSync(BUILT_INDEX)) return true;
	const built = statSync(BUILT_INDEX).mtimeMs;
	return WEB_INPUTS.some((p) => newestMtime(join(ROOT, p)) > built);
}

/** Builds the dashboard with Vite when it is missing or stale; returns whether it built. */
export async function buildWebIfStale(): Promise<boolean> {
	if (!isWebBuildStale()) return false;
	const { build } = await import('vite');
	// Always the production build: started from a test (NODE_ENV=test) Vite would otherwise
	// build with import.meta.env.PROD false and drop the phone's service-worker registration.
	const nodeEnv = process.env.NODE_ENV;
	process.env.NODE_ENV = 'production';
	try {
		await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
	} finally {
		if (nodeEnv === undefined) delete process.env.NODE_ENV;
		else process.env.NODE_ENV = nodeEnv;
	}
	return true;
}
