import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Runs an ES module snippet in a fresh `node --import tsx` whose process time zone is
 * `timeZone`, from the repository root, and parses the JSON it prints last. A vitest worker
 * keeps the zone it started with (`npm test` pins Asia/Shanghai), so only a child process
 * shows what a server started with another `TZ` does.
 */
export async function runInTimeZone<T>(timeZone: string, code: string): Promise<T> {
	const { stdout } = await promisify(execFile)(
		process.execPath,
		['--import', 'tsx', '--input-type=module', '--eval', code],
		{ cwd: ROOT, env: { ...process.env, TZ: timeZone } }
	);
	return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as T;
}
