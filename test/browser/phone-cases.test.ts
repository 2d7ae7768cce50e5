/**
 * The phone page /m end to end at 390×844 (issue 14 item 5 "Done when"): grid staff report a
 * case with a photo while offline, it is queued, sent once the network returns and arrives
 * once; the planner dispatches it; grid staff handle it with an after photo; the inspector
 * verifies it; the closed count of the indicators goes up by exactly one. Screenshots of the
 * phone pages go to /work/shots-phone/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me, Role } from '../../server/contract/accounts';
import type { CaseView } from '../../server/contract/cases';
import { polygonLabelPoint } from '$geo/polygon-label-point';
import { makeJpeg } from '../helpers/photos';
import { startServer, type RunningServer } from '../helpers/server-process';
import { ensureWebBuilt } from './helpers/ensure-built';
import { launchBrowser } from './helpers/launch-browser';
import { contextApi, signInDemo } from './helpers/sign-in';

const SHOTS = '/work/shots-phone';
const NOTE = `路边垃圾堆放-${Date.now()}`;

let dataDir: string;
let server: RunningServer;
let browser: Browser;
let point: { lng: number; lat: number };

beforeAll(async () => {
	ensureWebBuilt();
	mkdirSync(SHOTS, { recursive: true });
	dataDir = mkdtempSync(join(tmpdir(), 'sanimap-phone-'));
	server = await startServer({ SANIMAP_DB: join(dataDir, 'sanimap.duckdb') }, 120_000);
	browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

/** A phone signed in as demo-<role>, standing at `at` (GPS granted). */
async function phone(role: Role, at?: { lng: number; lat: number }, lang = 'zh-CN') {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
		locale: lang,
		timezoneId: 'Asia/Shanghai',
		...(at && {
			geolocation: { longitude: at.lng, latitude: at.lat, accuracy: 12 },
			permissions: ['geolocation']
		})
	});
	await signInDemo(context, server.url, role);
	return { context, api: contextApi(context, server.url) };
}

async function openPhone(context: BrowserContext, query = ''): Promise<Page> {
	const page = await context.newPage();
	await page.goto(`${server.url}/m${query}`);
	await page.getByTestId('phone-page').waitFor();
	return page;
}

/** Due and closed counts of the indicators over the year up to today. */
async function indicatorCounts(api: ReturnType<typeof contextApi>) {
	const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
	const { rows } = await api.get<{ rows: { due: number; closed: number }[] }>(
		`/api/cases/indicators?by=zone&from=${day(-365)}&to=${day(0)}`
	);
	return {
		due: rows.reduce((n, r) => n + r.due, 0),
		closed: rows.reduce((n, r) => n + r.closed, 0)
	};
}

/**
 * How long the phone was without network: its report keeps the time it was made, so its
 * deadline has passed by the time it is verified and it counts among the period's due cases
 * (a case closed before its deadline is not yet due, domain.md §5).
 */
const OFFLINE_DAYS = 20;

async function ours(api: ReturnType<typeof contextApi>): Promise<CaseView[]> {
	const { cases } = await api.get<{ cases: CaseView[] }>('/api/cases?limit=1000&sort=-reported_at');
	return cases.filter((c) => c.description === NOTE);
}

const shot = (page: Page, name: string) =>
	page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

describe('phone page /m at 390×844', () => {
	it('reports offline, sends once online, and walks dispatch, handling and verification', async () => {
		const planner = await phone('planner');
		const before = await indicatorCounts(planner.api);

		// Grid staff stand in the middle of their zone.
		const probe = await phone('grid');
		const me = await probe.api.get<Me>('/api/auth/me');
		const zones = await probe.api.get<{
			features: { properties: { id: string }; geometry: Parameters<typeof polygonLabelPoint>[0] }[];
		}>('/api/layers/zones');
		const zone = zones.features.find((f) => me.zones.includes(f.properties.id))!;
		const [lng, lat] = polygonLabelPoint(zone.geometry)!;
		point = { lng, lat };
		await probe.context.close();

		const grid = await phone('grid', point);
		const page = await openPhone(grid.context);
		await page.locator('[data-testid=tasks-count][data-loaded=true]').waitFor();

		await grid.context.setOffline(true);
		await page.clock.setFixedTime(Date.now() - OFFLINE_DAYS * 86_400_000);
		await page.getByTestId('tab-report').click();
		await page.getByTestId('report-position').filter({ hasText: 'GPS' }).waitFor();
		await page.getByTestId('report-category').selectOption({ index: 1 });
		await page.getByTestId('report-form').locator('textarea').fill(NOTE);
		await page
			.getByTestId('report-photos')
			.locator('input[type=file]')
			.setInputFiles({
				name: 'site.jpg',
				mimeType: 'image/jpeg',
				buffer: await makeJpeg(800, 600)
			});
		await page.getByTestId('report-photos').locator('img').first().waitFor();
		await shot(page, '2-report-form-zh');
		await page.getByTestId('report-submit').click();
		await expect.poll(() => page.getByTestId('outbox-count').textContent()).toBe('待发送 1 条');
		expect(await page.getByTestId('outbox-item').getAttribute('data-state')).toBe('waiting');
		await shot(page, '3-offline-queue-zh');
		expect(await ours(planner.api)).toHaveLength(0);

		await grid.context.setOffline(false);
		await page
			.getByTestId('phone-notice')
			.filter({ hasText: '已上报' })
			.waitFor({ timeout: 30_000 });
		await expect.poll(() => page.getByTestId('outbox-item').count()).toBe(0);
		const arrived = await ours(planner.api);
		expect(arrived).toHaveLength(1);
		expect(arrived[0].photos).toHaveLength(1);
		expect(Date.parse(`${arrived[0].reported_at}Z`)).toBeLessThan(Date.now() - 19 * 86_400_000);
		const id = arrived[0].id;

		// The office accepts and dispatches it to the grid staff member.
		await planner.api.post(`/api/cases/${id}/actions`, { action: 'accept' });
		await planner.api.post(`/api/cases/${id}/actions`, {
			action: 'dispatch',
			assignee: 'demo-grid'
		});

		await page.getByTestId('tab-tasks').click();
		await page.getByRole('button', { name: '刷新' }).click();
		const card = page.locator(`[data-testid=task][data-case="${id}"]`);
		await card.waitFor();
		expect(await card.locator('a[href^="https://uri.amap.com/marker"]').count()).toBe(1);
		expect(await card.locator('a[href^="https://api.map.baidu.com/marker"]').count()).toBe(1);
		await shot(page, '1-task-list-zh');
		const en = await openPhone(grid.context, '?lang=en');
		await en.locator('[data-testid=tasks-count][data-loaded=true]').waitFor();
		await en.getByText('My tasks').first().waitFor();
		await shot(en, '5-task-list-en');
		await en.close();

		await card.getByRole('button', { name: '处置' }).click();
		const form = card.getByTestId('action-form');
		await form.locator('textarea').fill('已清理干净');
		await form.locator('input[type=file]').setInputFiles({
			name: 'after.jpg',
			mimeType: 'image/jpeg',
			buffer: await makeJpeg(800, 600)
		});
		await form.locator('img').first().waitFor();
		await card.scrollIntoViewIfNeeded();
		await shot(page, '4-handle-form-zh');
		await form.getByRole('button', { name: '提交' }).click();
		await page
			.getByTestId('phone-notice')
			.filter({ hasText: '已提交' })
			.waitFor({ timeout: 30_000 });
		const handled = await planner.api.get<CaseView>(`/api/cases/${id}`);
		expect(handled.status).toBe('handled');
		expect(handled.photos).toHaveLength(2);

		const inspector = await phone('inspector', point);
		const check = await openPhone(inspector.context);
		const toVerify = check.locator(`[data-testid=task][data-case="${id}"]`);
		await toVerify.waitFor();
		await toVerify.getByRole('button', { name: '核查通过' }).click();
		await toVerify.getByTestId('action-form').getByRole('button', { name: '提交' }).click();
		await check
			.getByTestId('phone-notice')
			.filter({ hasText: '已提交' })
			.waitFor({ timeout: 30_000 });
		await shot(check, '6-inspector-verified-zh');

		const closed = await planner.api.get<CaseView>(`/api/cases/${id}`);
		expect(closed.status).toBe('closed');
		expect(await ours(planner.api)).toHaveLength(1);
		expect(await indicatorCounts(planner.api)).toEqual({
			due: before.due + 1,
			closed: before.closed + 1
		});
	}, 240_000);
});
