import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Role } from '../../../server/contract/accounts';
import { startServer, type RunningServer } from '../../helpers/server-process';
import { seededDemoDatabase } from './demo-template';
import { ensureWebBuilt } from './ensure-built';
import { launchBrowser } from './launch-browser';
import { waitMapReady } from './map-page';
import { contextApi, signInDemo } from './sign-in';

export interface DashboardSession {
	server: RunningServer;
	browser: Browser;
	context: BrowserContext;
	page: Page;
	/** Fetches JSON from the session's server as the signed-in user. */
	api<T>(path: string): Promise<T>;
	/** Posts JSON to the session's server as the signed-in user. */
	post<T>(path: string, body: unknown): Promise<T>;
	close(): Promise<void>;
}

/**
 * One server on a fresh demo database and one Chinese-locale page at 1280×800, DPR 1, signed
 * in as the demo town's `role` (the office by default), opened at `path` and waited on until
 * the map is ready. One per test file.
 */
export async function openDashboard(path = '/', role: Role = 'planner'): Promise<DashboardSession> {
	ensureWebBuilt();
	const dataDir = mkdtempSync(join(tmpdir(), 'sanimap-browser-'));
	const server = await startServer({ SANIMAP_DB: await seededDemoDatabase(dataDir) }, 120_000);
	const browser = await launchBrowser();
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: 1,
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai',
		acceptDownloads: true
	});
	await signInDemo(context, server.url, role);
	const page = await context.newPage();
	await page.goto(`${server.url}${path}`);
	await waitMapReady(page, 0, 150_000);
	const requests = contextApi(context, server.url);
	return {
		server,
		browser,
		context,
		page,
		api: requests.get,
		post: requests.post,
		async close() {
			await browser.close();
			await server.stop();
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
