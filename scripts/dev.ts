/**
 * `npm run dev`: the API under `tsx watch` (restarts on server changes) and Vite's dev server
 * with hot module reload, which proxies /api and /ogc to the API (vite.config.ts).
 */
import { spawn } from 'node:child_process';
import { ROOT } from './web-build';

const apiPort = process.env.PORT ?? '8787';
const children = [
	spawn('npx', ['tsx', 'watch', 'server/main.ts'], {
		cwd: ROOT,
		stdio: 'inherit',
		env: { ...process.env, PORT: apiPort }
	}),
	spawn('npx', ['vite', '--host', process.env.HOST ?? '127.0.0.1'], {
		cwd: ROOT,
		stdio: 'inherit',
		env: { ...process.env, API_PORT: apiPort }
	})
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', () => stop());
