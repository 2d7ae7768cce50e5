import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard, type DashboardSession } from './helpers/dashboard-session';
import { waitMapReady } from './helpers/map-page';
import { saveArtifact } from './helpers/pixels';
import { clickNavPage } from './helpers/nav';

/** What a sender saw: rats by snap traps, all of 2024 against spring 2025, by grid, the series. */
const LINK =
	'/compare?pest=rat&method=rat.snap_trap&a=2024&b=2025-spring&by=grid&tab=series&lang=en';

let session: DashboardSession;
let page: Page;

const value = (id: string) => page.getByTestId(id).inputValue();
const heading = () => page.locator('main h1').first().textContent();
const param = (key: string) => new URL(page.url()).searchParams.get(key);

beforeAll(async () => {
	session = await openDashboard(LINK);
	page = session.page;
}, 180_000);

afterAll(() => session?.close());

describe('a shared link shows what its sender saw (issue 11 items 10, 11)', () => {
	it('opens a compare link in English with the sender’s picks', async () => {
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		expect(await value('compare-pest')).toBe('rat');
		expect(await value('compare-method')).toBe('rat.snap_trap');
		expect(await value('period-a')).toBe('2024');
		expect(await value('period-b')).toBe('2025-spring');
		expect(await value('compare-by')).toBe('grid');
		const tab = page.locator('[role="tab"][aria-selected="true"]');
		expect(await tab.textContent()).toBe('Time series');
		expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe('Year on year');
		await page.getByTestId('series-chart').waitFor({ timeout: 60_000 });
		saveArtifact('link-compare-en.png', await page.screenshot({ fullPage: true }));
		expect(new URL(page.url()).search).toBe(new URL(LINK, 'http://x').search);
	});

	it('adds a history entry per pick, so back shows the previous pick', async () => {
		await page.getByTestId('compare-pest').selectOption('fly');
		await expect.poll(() => param('pest')).toBe('fly');
		expect(param('method')).toBeNull();
		await page.goBack();
		await expect.poll(() => value('compare-pest')).toBe('rat');
		expect(await value('compare-method')).toBe('rat.snap_trap');
		await page.goForward();
		await expect.poll(() => value('compare-pest')).toBe('fly');
	});

	it('keeps the language through a reload and on the other pages', async () => {
		await page.goto(`${session.server.url}/overview`);
		expect(await heading()).toBe('Work overview');
		expect(param('lang')).toBe('en');
		await page.getByRole('button', { name: '中文' }).click();
		await expect.poll(heading).toBe('工作总览');
		await page.reload();
		await expect.poll(heading).toBe('工作总览');
		expect(param('lang')).toBeNull();
		await page.getByTestId('overview-subtitle').waitFor({ timeout: 60_000 });
		saveArtifact('overview-zh.png', await page.screenshot());
		await page.getByRole('button', { name: 'English' }).click();
		await page.reload();
		await expect.poll(heading).toBe('Work overview');
		expect(param('lang')).toBe('en');
		await page.getByTestId('overview-subtitle').waitFor({ timeout: 60_000 });
		saveArtifact('overview-en.png', await page.screenshot());
		await clickNavPage(page, 'plans');
		await expect.poll(() => page.locator('aside h1').textContent()).toBe('Spraying route plan');
		expect(param('lang')).toBe('en');
		await page.goto(`${session.server.url}/import`);
		await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
	}, 90_000);

	it('opens the map with the feature a link selects, in either language', async () => {
		const fc = await session.api<{ features: { properties: { id: string } }[] }>(
			'/api/layers/surveys?method=fly.indoor_rooms'
		);
		const id = fc.features[0].properties.id;
		for (const [lang, words] of [
			['zh-CN', ['有蝇房间数', '检查房间数']],
			['en', ['Rooms with flies', 'Rooms']]
		] as const) {
			await page.goto(`${session.server.url}/?sel=surveys:${id}&lang=${lang}`);
			const details = page.getByTestId('details-panel');
			await details.waitFor({ timeout: 60_000 });
			for (const word of words) expect(await details.textContent()).toContain(word);
			await waitMapReady(page, 0, 60_000);
			expect(param('sel')).toBe(`surveys:${id}`);
			saveArtifact(`map-sel-${lang}.png`, await page.screenshot());
		}
		await page.goto(`${session.server.url}/compare?pest=fly&tab=table&lang=zh-CN`);
		await page.getByTestId('compare-table').waitFor({ timeout: 60_000 });
		expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe('同比分析');
		saveArtifact('link-compare-zh.png', await page.screenshot({ fullPage: true }));
	}, 180_000);
});
