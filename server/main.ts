import { serve } from '@hono/node-server';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApp } from './app';
import { readConfig } from './config';
import { openStore } from './ingest/open-store';
import { allowedHostsFor } from './middleware/host-allow-list';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
	version: string;
};
let config: ReturnType<typeof readConfig>;
try {
	config = readConfig(process.env);
} catch (error) {
	console.error(`SaniMap cannot start: ${(error as Error).message}`);
	process.exit(2);
}
const { db, created, resumed } = await openStore(config.dbPath, {
	demo: config.demo,
	onSeeding: () => console.log(`Writing the demo town into ${config.dbPath}…`)
}).catch((error: Error) => {
	// DuckDB allows one writing process per file (design.md §1): say so plainly.
	const lock = /Conflicting lock is held in (.*?)(\. See also|$)/m.exec(error.message);
	console.error(
		lock
			? `SaniMap cannot open ${config.dbPath}: another process holds it (${lock[1]}). Stop that process or set SANIMAP_DB to another file.`
			: `SaniMap cannot open ${config.dbPath}: ${error.message}`
	);
	process.exit(2);
});
if (resumed) console.log(`The first start of ${config.dbPath} did not finish; set it up again.`);
if (created === 'empty') console.log(`Created empty database ${config.dbPath}`);
else if (created) console.log(`Created ${config.dbPath} with the demo town:`, created);

const app = createApp({
	db,
	version,
	webRoot: resolve(root, 'dist/web'),
	serviceArea: config.serviceArea,
	allowedHosts: allowedHostsFor(config.host, config.allowedHosts)
});
const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
	console.log(`SaniMap ${version} is running at http://${config.host}:${info.port}/`);
});

/** How long in-flight requests get to finish on SIGINT/SIGTERM before sockets are cut. */
const SHUTDOWN_GRACE_MS = 5_000;
let stopping = false;
async function shutdown(signal: string): Promise<void> {
	if (stopping) return;
	stopping = true;
	console.log(`${signal}: closing…`);
	// Stop accepting connections, let in-flight requests finish, then checkpoint and exit.
	const closed = new Promise<void>((done) => server.close(() => done()));
	const http = server as unknown as { closeIdleConnections?(): void; closeAllConnections?(): void };
	http.closeIdleConnections?.();
	const force = setTimeout(() => http.closeAllConnections?.(), SHUTDOWN_GRACE_MS);
	await closed;
	clearTimeout(force);
	await db.close();
	process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
