import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface RunningServer {
	url: string;
	process: ChildProcess;
	output: () => string;
	/** Sends a signal and resolves with the exit code. */
	stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts the real server (`tsx server/main.ts`) on a free port and resolves once it prints
 * its URL. `env` adds to the environment (SANIMAP_DB, SANIMAP_DEMO …).
 */
export function startServer(
	env: Record<string, string>,
	timeoutMs = 60_000
): Promise<RunningServer> {
	const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
		cwd: ROOT,
		env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
	return new Promise((resolvePromise, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`server did not start in ${timeoutMs} ms:\n${log}`));
		}, timeoutMs);
		const onData = (chunk: Buffer) => {
			log += chunk.toString();
			const match = /running at (http:\/\/[\d.]+:\d+)\//.exec(log);
			if (!match) return;
			clearTimeout(timer);
			child.stdout.off('data', onData);
			child.stdout.on('data', (c: Buffer) => (log += c.toString()));
			resolvePromise({
				url: match[1],
				process: child,
				output: () => log,
				stop: async (signal = 'SIGTERM') => {
					if (child.exitCode === null) child.kill(signal);
					return exited;
				}
			});
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', (c: Buffer) => (log += c.toString()));
		child.on('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`server exited with ${code} before starting:\n${log}`));
		});
	});
}
