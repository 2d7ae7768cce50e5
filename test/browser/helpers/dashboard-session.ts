import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../helpers/server-process';
import { ensureWebBuilt } from './ensure-built';
import { launchBrowser } from './launch-browser';
import { waitMapReady } from './map-page';

export interface DashboardSession {
	server: RunningServer;
	browser: Browser;
	page: Page;
	/** Fetches JSON from the session's server. */
	api<T>(path: string): Promise<T>;
	close(): Promise<void>;
}

/**
 * One server on a fresh demo database and one Chinese-locale page at 1280×800, DPR 1, opened
 * at `path` and waited on until the map is ready. One per test file.
 */
export async function openDashboard(path = '/'): Promise<DashboardSession> {
	ensureWebBuilt();
	const dataDir = mkdtempSync(join(tmpdir(), 'sanimap-browser-'));
	const server = await startServer({ SANIMAP_DB: join(dataDir, 'sanimap.duckdb') }, 120_000);
	const browser = await launchBrowser();
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: 1,
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai',
		acceptDownloads: true
	});
	const page = await context.newPage();
	await page.goto(`${server.url}${path}`);
	await waitMapReady(page, 0, 60_000);
	return {
		server,
		browser,
		page,
		async api<T>(p: string) {
			const response = await fetch(`${server.url}${p}`);
			if (!response.ok) throw new Error(`${p}: ${response.status}`);
			return (await response.json()) as T;
		},
		async close() {
			await browser.close();
			await server.stop();
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
