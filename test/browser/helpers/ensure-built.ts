import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const BUILT = join(ROOT, 'dist/web/index.html');

function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
	}
	return newest;
}

/** Runs `vite build` when dist/web is missing or older than any file under web/ (~3 s). */
export function ensureWebBuilt(): void {
	const stale = !existsSync(BUILT) || statSync(BUILT).mtimeMs < newestMtime(join(ROOT, 'web'));
	if (stale) execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'pipe' });
}
