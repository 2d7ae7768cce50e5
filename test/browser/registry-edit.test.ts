/**
 * Issue 15 item 1 ("editable on the map and in a table"): in the demo town a planner opens
 * /registry, changes a grid's responsible person through the dialog, sees the new holder in the
 * table and the old one in the row's history, and the grid's card on the map names the new
 * holder. Screenshots (zh, en; desktop and 390 px) go to SANIMAP_SHOTS when set.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { ResponsibilityList } from '../../server/contract/responsibility';
import { useDemoServer } from './helpers/demo-server';
import { waitMapReady } from './helpers/map-page';
import { contextApi, signInDemo } from './helpers/sign-in';

const demo = useDemoServer('registry-edit');
let context: BrowserContext;
let page: Page;
let grid: { id: string; name: string; person: string };
const SHOTS = process.env.SANIMAP_SHOTS;
const shot = async (p: Page, name: string) => {
	if (SHOTS) await p.screenshot({ path: join(SHOTS, `${name}.png`) });
};

beforeAll(async () => {
	context = await demo.browser.newContext({ viewport: { width: 1280, height: 800 } });
	await signInDemo(context, demo.server.url, 'planner');
	const list = await contextApi(context, demo.server.url).get<ResponsibilityList>(
		'/api/responsibilities?kind=zone'
	);
	const row = list.rows.find((r) => r.person && /网格|grid/i.test(r.targetName ?? ''))!;
	grid = { id: row.targetId, name: row.targetName!, person: row.person! };
	page = await context.newPage();
}, 180_000);

it('a planner changes a grid’s person; the old one stays in its history', async () => {
	await page.goto(
		`${demo.server.url}/registry?lang=zh-CN&kind=zone&person=${encodeURIComponent(grid.person)}`
	);
	const row = page.locator(`[data-testid="registry-row"][data-target="${grid.id}"]`);
	await row.waitFor({ timeout: 30_000 });
	await shot(page, 'registry-table-zh');
	await row.getByTestId('registry-edit').click();
	const dialog = page.getByTestId('registry-dialog');
	await dialog.waitFor();
	expect(await page.locator('#reg-person').inputValue()).toBe(grid.person);
	// Clearing the person and the unit is refused beside the field, in Chinese.
	await page.locator('#reg-person').fill('');
	await page.locator('#reg-unit').fill('');
	await page.locator('#reg-account').selectOption('');
	await dialog.locator('button[type="submit"]').click();
	expect(await page.getByTestId('error-person').textContent()).toContain('请填写责任人或责任单位');
	await page.locator('#reg-person').fill('测试新责任人');
	await page.locator('#reg-phone').fill('13800001111');
	await page.locator('#reg-ontime').fill('95');
	expect(await page.getByTestId('replace-warning').textContent()).toContain(grid.person);
	await shot(page, 'registry-dialog-zh');
	await dialog.locator('button[type="submit"]').click();
	await dialog.waitFor({ state: 'detached' });
	expect(await page.getByRole('status').textContent()).toContain('已更换责任人');

	await page.getByTestId('filter-person').fill('测试新责任人');
	const newRow = page.locator(`[data-testid="registry-row"][data-target="${grid.id}"]`);
	await expect.poll(() => newRow.locator('.person').textContent()).toBe('测试新责任人');
	expect(await newRow.textContent()).toContain('≥95%');
	expect(page.url()).toContain(`person=${encodeURIComponent('测试新责任人')}`);
	await newRow.getByRole('button', { name: '历史' }).click();
	const history = page.getByTestId('registry-history');
	await expect.poll(() => history.textContent()).toContain(grid.person);
	await shot(page, 'registry-history-zh');
}, 180_000);

it('the grid’s card on the map names the new holder with a 修改责任人 link', async () => {
	await page.goto(`${demo.server.url}/?sel=zones:${grid.id}&lang=zh-CN`);
	await waitMapReady(page, 0, 60_000);
	const cell = page.getByTestId('map-responsible');
	await cell.waitFor({ timeout: 30_000 });
	expect(await cell.textContent()).toContain('测试新责任人');
	const link = page.getByTestId('map-edit-responsible');
	expect(await link.getAttribute('href')).toBe(`/registry?kind=zone&target=${grid.id}`);
	await shot(page, 'registry-map-card-zh');
	await link.click();
	await page.getByTestId('registry-dialog').waitFor({ timeout: 30_000 });
	expect(await page.locator('#reg-person').inputValue()).toBe('测试新责任人');
}, 180_000);

it('English, desktop and 390 px', async () => {
	await page.goto(`${demo.server.url}/registry?lang=en&kind=zone`);
	await page.getByTestId('registry-row').first().waitFor({ timeout: 30_000 });
	expect(await page.getByTestId('registry-count').textContent()).toMatch(/^\d+ rows$/);
	await shot(page, 'registry-table-en');
	await page.locator('[data-testid="registry-row"]').first().getByTestId('registry-edit').click();
	await page.getByTestId('registry-dialog').waitFor();
	await shot(page, 'registry-dialog-en');
	const phone = await context.newPage();
	await phone.setViewportSize({ width: 390, height: 844 });
	for (const lang of ['zh-CN', 'en']) {
		await phone.goto(`${demo.server.url}/registry?lang=${lang}`);
		await phone.getByTestId('registry-row').first().waitFor({ timeout: 30_000 });
		await shot(phone, `registry-390-${lang === 'en' ? 'en' : 'zh'}`);
	}
	await page.goto(`${demo.server.url}/?sel=zones:${grid.id}&lang=en`);
	await waitMapReady(page, 0, 60_000);
	await page.getByTestId('map-responsible').waitFor({ timeout: 30_000 });
	await shot(page, 'registry-map-card-en');
}, 180_000);
