/**
 * Issue 15 item 1: /registry on an empty install says nobody is registered and how to import the
 * ledger, in Chinese and English. Screenshots go to SANIMAP_SHOTS when set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server-process';
import { ensureWebBuilt } from './helpers/ensure-built';
import { launchBrowser } from './helpers/launch-browser';
import { signInThroughForm } from './helpers/sign-in';

let server: RunningServer;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
	await ensureWebBuilt();
	dataDir = mkdtempSync(join(tmpdir(), 'sanimap-registry-'));
	server = await startServer({ SANIMAP_DB: join(dataDir, 'empty.duckdb'), SANIMAP_DEMO: '0' });
	browser = await launchBrowser();
}, 600_000);
afterAll(async () => {
	await browser?.close();
	await server?.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

it.each(['zh-CN', 'en'] as const)(
	'an empty registry tells how to import the ledger (%s)',
	async (lang) => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
		await page.goto(`${server.url}/login?lang=${lang}`);
		await signInThroughForm(page, server.admin.username, server.admin.password);
		await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 30_000 });
		await page.goto(`${server.url}/registry?lang=${lang}`);
		const empty = page.getByTestId('registry-empty');
		await empty.waitFor({ timeout: 10_000 }).catch(async (e: unknown) => {
			await page.screenshot({ path: join(tmpdir(), `registry-fail-${lang}.png`) });
			throw e;
		});
		expect(await empty.textContent()).toContain(
			lang === 'en' ? 'Import the ledger' : '卫生责任制台账'
		);
		if (process.env.SANIMAP_SHOTS) {
			await page.screenshot({
				path: join(process.env.SANIMAP_SHOTS, `registry-empty-${lang}.png`)
			});
		}
		await page.close();
	},
	120_000
);
