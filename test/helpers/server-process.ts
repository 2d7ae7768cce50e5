import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface RunningServer {
	url: string;
	/** The admin SANIMAP_ADMIN created (or found) at start. */
	admin: { username: string; password: string };
	/** `Authorization` header value (Bearer, a token of the admin) for API calls. */
	authorization: string;
	/** That token alone, e.g. for GDAL_HTTP_HEADERS or SANIMAP_TOKEN. */
	token: string;
	process: ChildProcess;
	output: () => string;
	/** Resolves with the first match of `pattern` in the output, waiting for lines still on their way. */
	waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
	/** Sends a signal and resolves with the exit code. */
	stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** The admin every test server starts with (a random strong password per test run). */
export const TEST_ADMIN = {
	username: 'test-admin',
	password: randomBytes(18).toString('base64url')
};

/**
 * Starts the real server (`tsx server/main.ts`) on a free port with SANIMAP_ADMIN set, resolves
 * once it prints its URL, and makes an access token of that admin (`authorization`). `env`
 * adds to the environment (SANIMAP_DB, SANIMAP_DEMO …); SANIMAP_ADMIN: '' starts without it.
 */
export async function startServer(
	env: Record<string, string>,
	timeoutMs = 60_000
): Promise<RunningServer> {
	const started = await spawnServer(env, timeoutMs);
	if (env.SANIMAP_ADMIN === '')
		return { ...started, admin: TEST_ADMIN, authorization: '', token: '' };
	const basic = Buffer.from(`${TEST_ADMIN.username}:${TEST_ADMIN.password}`).toString('base64');
	const res = await fetch(`${started.url}/api/auth/tokens`, {
		method: 'POST',
		headers: { authorization: `Basic ${basic}`, 'content-type': 'application/json' },
		body: JSON.stringify({ name: 'test' })
	});
	if (res.status !== 201) {
		await started.stop('SIGKILL');
		throw new Error(`no token for ${TEST_ADMIN.username}: ${res.status} ${await res.text()}`);
	}
	const { token } = (await res.json()) as { token: string };
	return { ...started, admin: TEST_ADMIN, authorization: `Bearer ${token}`, token };
}

type Spawned = Omit<RunningServer, 'admin' | 'authorization' | 'token'>;

function spawnServer(env: Record<string, string>, timeoutMs: number): Promise<Spawned> {
	const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
		cwd: ROOT,
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: '0',
			SANIMAP_ADMIN: `${TEST_ADMIN.username}:${TEST_ADMIN.password}`,
			...env
		},
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
				waitForOutput: async (pattern, waitMs = 10_000) => {
					// Lines printed after "running at" may arrive in a later chunk of the pipe.
					for (const end = Date.now() + waitMs; ;) {
						const found = pattern.exec(log);
						if (found) return found;
						if (Date.now() > end) throw new Error(`no ${pattern} in the output:\n${log}`);
						await new Promise((next) => setTimeout(next, 50));
					}
				},
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
