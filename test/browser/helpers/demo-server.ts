import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '../../helpers/server-process';
import { seededDemoDatabase } from './demo-template';
import { ensureWebBuilt } from './ensure-built';
import { launchBrowser } from './launch-browser';

export interface DemoServer {
	/** The real server on a fresh database in `dataDir` (set in beforeAll). */
	server: RunningServer;
	browser: Browser;
	/** A temporary folder of this test file, removed after it. */
	dataDir: string;
}

/**
 * One test file's server and browser: before all its tests, builds the web app if stale,
 * starts the server on a fresh database (the demo town unless `env` says otherwise) and
 * launches Chromium; after them, closes both and removes the folder. Read the fields inside
 * hooks and tests (they are set in beforeAll).
 */
export function useDemoServer(
	name: string,
	options: { env?: Record<string, string>; db?: string } = {}
): DemoServer {
	const demo = {} as DemoServer;
	beforeAll(async () => {
		ensureWebBuilt();
		demo.dataDir = mkdtempSync(join(tmpdir(), `sanimap-${name}-`));
		const db =
			options.db || options.env
				? join(demo.dataDir, options.db ?? 'sanimap.duckdb')
				: await seededDemoDatabase(demo.dataDir);
		demo.server = await startServer({ SANIMAP_DB: db, ...options.env }, 120_000);
		demo.browser = await launchBrowser();
	}, 180_000);
	afterAll(async () => {
		await demo.browser?.close();
		await demo.server?.stop();
		if (demo.dataDir) rmSync(demo.dataDir, { recursive: true, force: true });
	});
	return demo;
}
