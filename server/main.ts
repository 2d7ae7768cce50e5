import { serve } from '@hono/node-server';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApp } from './app';
import { readConfig } from './config';
import { ensureDemoPhotos } from './ingest/demo-photos';
import { openStore } from './ingest/open-store';
import { allowedHostsFor } from './middleware/host-allow-list';
import { ShutdownGate } from './middleware/shutdown-gate';
import { AuthState } from './services/auth-state';
import { ensureEnvAdmin, setupTokenIfEmpty } from './services/first-users';

import { photoFolderBeside } from './services/photos';
import { sharedWorkerPool } from './workers/worker-pool';
import { startOverdueWatch } from './services/case-notify';
import { referLapsedOrdersQuietly } from './services/referral-watch';

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

if (config.admin && (await ensureEnvAdmin(db, config.admin)))
	console.log(`Created admin ${config.admin.username} from SANIMAP_ADMIN`);
// No user and no SANIMAP_ADMIN: the first admin is made through a one-time link (no default password).
const auth = new AuthState({
	secureCookie: config.secureCookie,
	setupToken: await setupTokenIfEmpty(db)
});

const shutdownGate = new ShutdownGate();
// Plans, imports, XLSX and emerging hot spots run here, off the event loop (docs/decisions.md).
const heavyWork = sharedWorkerPool();
void heavyWork.warm();
const app = createApp({
	db,
	version,
	webRoot: resolve(root, 'dist/web'),
	serviceArea: config.serviceArea,
	allowedHosts: allowedHostsFor(config.host, config.allowedHosts),
	shutdownGate,
	heavyWork,
	auth,
	// Case photos are files beside the database, not rows in it (docs/decisions.md).
	photosDir: photoFolderBeside(config.dbPath)
});
// The demo's drawn case photos, after start-up so the first page is not kept waiting.
void ensureDemoPhotos(db, photoFolderBeside(config.dbPath))
	.then((n) => n && console.log(`Drew ${n} demo case photos`))
	.catch((error: Error) => console.error('Drawing the demo photos failed:', error.message));
// Issue 14 item 10: newly overdue cases go to the group robot, once per overdue episode.
const stopOverdueWatch = startOverdueWatch(db);
// Issue 15: 责令整改 that lapsed while the server was down are referred at once — before the
// server answers, so that no one reads (or dispatches) a case that is referred a moment later.
await referLapsedOrdersQuietly(db, new Date());

/**
 * How long an idle keep-alive connection stays open. Node's default is 5 s: a client (a proxy
 * in front of us, a script, a test's request context) that reuses its connection just as the
 * server closes it gets ECONNRESET instead of an answer. 65 s is above the usual proxy and
 * client idle timeouts (nginx upstream keepalive 60 s), so the client closes first.
 */
const HTTP_KEEP_ALIVE_MS = 65_000;

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
	console.log(`SaniMap ${version} is running at http://${config.host}:${info.port}/`);
	if (auth.setupToken)
		console.log(
			`No user exists yet. Create the first admin at http://${config.host}:${info.port}/setup?token=${auth.setupToken} (the link works once, until this process stops).`
		);
});
(server as unknown as { keepAliveTimeout: number }).keepAliveTimeout = HTTP_KEEP_ALIVE_MS;

/**
 * Shutdown bound (README: 5 s): requests in flight get SHUTDOWN_GRACE_MS to answer; a write
 * or a heavy job (plan, import check, XLSX) still running then is interrupted — the write
 * rolls back, the worker is terminated — and its client is told so (503) within
 * SHUTDOWN_ABORT_MS before the remaining sockets are closed. Heavy jobs still queued at the
 * signal are refused (503) at once.
 */
const SHUTDOWN_GRACE_MS = 4_000;
const SHUTDOWN_ABORT_MS = 1_000;
let stopping = false;
async function shutdown(signal: string): Promise<void> {
	if (stopping) return;
	stopping = true;
	console.log(`${signal}: closing…`);
	shutdownGate.begin();
	stopOverdueWatch();
	db.stopAcceptingWrites();
	heavyWork.stopAccepting();
	const closed = new Promise<void>((done) => server.close(() => done()));
	const http = server as unknown as { closeIdleConnections?(): void; closeAllConnections?(): void };
	http.closeIdleConnections?.();
	// The cut is timed from the abort, not the signal: when a busy event loop runs both timers
	// late, the interrupted write still gets its moment to send its 503.
	let cut: NodeJS.Timeout | undefined;
	const abort = setTimeout(() => {
		db.abortRunningWrite();
		void heavyWork.terminate();
		cut = setTimeout(() => http.closeAllConnections?.(), SHUTDOWN_ABORT_MS);
	}, SHUTDOWN_GRACE_MS);
	await closed;
	clearTimeout(abort);
	clearTimeout(cut);
	await heavyWork.terminate();
	await db.close();
	process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
