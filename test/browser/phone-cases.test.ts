/**
 * The phone page /m end to end at 390×844 (issue 14 item 5 "Done when"): grid staff report a
 * case with a photo while offline, it is queued, sent once the network returns and arrives
 * once; the planner dispatches it; grid staff handle it with an after photo; the inspector
 * verifies it; the closed count of the indicators goes up by exactly one. Screenshots of the
 * phone pages go to /work/shots-phone/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Me, Role } from '../../server/contract/accounts';
import type { CaseView } from '../../server/contract/cases';
import { polygonLabelPoint } from '$geo/polygon-label-point';
import { makeJpeg } from '../helpers/photos';
import { useDemoServer } from './helpers/demo-server';
import { contextApi, signInDemo } from './helpers/sign-in';

const demo = useDemoServer('phone');

const SHOTS = '/work/shots-phone';
const NOTE = `路边垃圾堆放-${Date.now()}`;

let point: { lng: number; lat: number };

beforeAll(async () => {
	mkdirSync(SHOTS, { recursive: true });
}, 180_000);

/** A phone signed in as demo-<role>, standing at `at` (GPS granted). */
async function phone(role: Role, at?: { lng: number; lat: number }, lang = 'zh-CN') {
	const context = await demo.browser.newContext({
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
	// The test machine is shared and often loaded: waits are for states, with room.
	context.setDefaultTimeout(90_000);
	await signInDemo(context, demo.server.url, role);
	return { context, api: contextApi(context, demo.server.url) };
}

async function openPhone(context: BrowserContext, query = ''): Promise<Page> {
	const page = await context.newPage();
	await page.goto(`${demo.server.url}/m${query}`);
	await page.getByTestId('phone-page').waitFor();
	return page;
}

/** The period of the indicator checks: the year up to today (the /cases list's report dates). */
const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
const PERIOD = { from: day(-365), to: day(0) };

/** Due, closed and open counts of the indicators over PERIOD, from the API. */
async function indicatorCounts(api: ReturnType<typeof contextApi>) {
	const { rows } = await api.get<{ rows: { due: number; closed: number; open: number }[] }>(
		`/api/cases/indicators?by=zone&from=${PERIOD.from}&to=${PERIOD.to}`
	);
	return {
		due: rows.reduce((n, r) => n + r.due, 0),
		closed: rows.reduce((n, r) => n + r.closed, 0),
		open: rows.reduce((n, r) => n + r.open, 0)
	};
}

/** The closure rate as the card writes it: one decimal per cent. */
const rate = (closed: number, due: number) => `${((closed / due) * 100).toFixed(1)}%`;

/** The office's /cases page over PERIOD: the closure-rate and open-cases cards as shown. */
async function readCards(desk: Page) {
	await desk.goto(`${demo.server.url}/cases?from=${PERIOD.from}&to=${PERIOD.to}`);
	const cards = desk.getByTestId('case-indicators');
	await expect
		.poll(() => cards.getByTestId('card-open').textContent(), { timeout: 60_000 })
		.toMatch(/^\d+ 件$/);
	return {
		closure: (await cards.getByTestId('card-closure').textContent())?.trim(),
		open: Number(/(\d+)/.exec((await cards.getByTestId('card-open').textContent()) ?? '')?.[1])
	};
}

/** The office's desk: a 1280×800 browser signed in as the planner. */
async function desk(): Promise<Page> {
	const context = await demo.browser.newContext({
		viewport: { width: 1280, height: 800 },
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai'
	});
	context.setDefaultTimeout(90_000);
	await signInDemo(context, demo.server.url, 'planner');
	return context.newPage();
}

/** Where grid staff stand: the middle of their zone. */
async function gridPoint(): Promise<{ lng: number; lat: number }> {
	if (point) return point;
	const probe = await phone('grid');
	const me = await probe.api.get<Me>('/api/auth/me');
	const zones = await probe.api.get<{
		features: { properties: { id: string }; geometry: Parameters<typeof polygonLabelPoint>[0] }[];
	}>('/api/layers/zones');
	const zone = zones.features.find((f) => me.zones.includes(f.properties.id))!;
	const [lng, lat] = polygonLabelPoint(zone.geometry)!;
	await probe.context.close();
	return (point = { lng, lat });
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
		const office = await desk();
		const before = await indicatorCounts(planner.api);
		const cardsBefore = await readCards(office);
		expect(cardsBefore).toEqual({
			closure: rate(before.closed, before.due),
			open: before.open
		});

		point = await gridPoint();
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

		// The new case is one more open case on the office's cards.
		expect((await readCards(office)).open).toBe(before.open + 1);

		// The office accepts and dispatches it to the grid staff member, on the case's page.
		await office.goto(`${demo.server.url}/cases/${id}`);
		const actions = office.getByTestId('case-actions');
		await actions.locator('button[data-action=accept]').click();
		await office
			.locator('[data-testid=action-form][data-action=accept] button[type=submit]')
			.click();
		await actions.locator('button[data-action=dispatch]').waitFor();
		await actions.locator('button[data-action=dispatch]').click();
		const dispatch = office.locator('[data-testid=action-form][data-action=dispatch]');
		await dispatch.locator('#act-assignee').selectOption('demo-grid');
		await dispatch.locator('button[type=submit]').click();
		await office.getByRole('status').filter({ hasText: '已派遣' }).waitFor();
		await dispatch.waitFor({ state: 'detached' });
		expect((await planner.api.get<CaseView>(`/api/cases/${id}`)).status).toBe('dispatched');

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
		const after = await indicatorCounts(planner.api);
		expect({ due: after.due, closed: after.closed }).toEqual({
			due: before.due + 1,
			closed: before.closed + 1
		});
		// What the office reads on /cases: one more closed of one more due.
		expect(await readCards(office)).toEqual({
			closure: rate(before.closed + 1, before.due + 1),
			open: after.open
		});
	}, 600_000);

	it('opens again without a network: tasks from the phone, 离线 notice, report sent later', async () => {
		const NOTE2 = `离线重开后上报-${Date.now()}`;
		const planner = await phone('planner');
		// One task waiting for the grid staff member, dispatched by the office.
		const at = await gridPoint();
		const { blindSpotCategories } = await planner.api.get<{
			blindSpotCategories: { code: string }[];
		}>('/api/catalogues');
		const task = await planner.api.post<CaseView>('/api/cases', {
			category: blindSpotCategories[0].code,
			description: '公厕门口积水',
			lng: at.lng + 0.0002,
			lat: at.lat + 0.0001
		});
		await planner.api.post(`/api/cases/${task.id}/actions`, { action: 'accept' });
		await planner.api.post(`/api/cases/${task.id}/actions`, {
			action: 'dispatch',
			assignee: 'demo-grid'
		});
		const grid = await phone('grid', at);
		const page = await openPhone(grid.context);
		await page.locator('[data-testid=tasks-count][data-loaded=true]').waitFor();
		await page.locator(`[data-testid=task][data-case="${task.id}"]`).waitFor();
		// The worker has kept the page and taken it over; the tasks and categories are saved.
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
			timeout: 60_000
		});
		await page.waitForFunction(
			() =>
				localStorage.getItem('sanimap.phone.tasks.demo-grid') !== null &&
				localStorage.getItem('sanimap.phone.categories') !== null
		);
		const shown = await page.getByTestId('tasks-count').textContent();
		const cards = await page.getByTestId('task').count();

		await grid.context.setOffline(true);
		const reloaded = await page.reload();
		expect(reloaded?.fromServiceWorker()).toBe(true);
		await page.getByTestId('phone-page').waitFor();
		const notice = page.getByTestId('offline-notice');
		await notice.waitFor();
		expect(await notice.textContent()).toMatch(
			/^\s*离线：显示的是 \d\d-\d\d \d\d:\d\d 联网时的任务/
		);
		expect(await page.getByTestId('tab-tasks').textContent()).toContain('我的任务');
		expect(await page.getByTestId('tasks-count').textContent()).toBe(shown);
		expect(await page.getByTestId('task').count()).toBe(cards);
		await page.locator(`[data-testid=task][data-case="${task.id}"]`).waitFor();
		await shot(page, '7-offline-reload-zh');

		const en = await grid.context.newPage();
		const enAnswer = await en.goto(`${demo.server.url}/m?lang=en`);
		expect(enAnswer?.fromServiceWorker()).toBe(true);
		await en.getByTestId('offline-notice').filter({ hasText: 'Offline' }).waitFor();
		await en.getByText('My tasks').first().waitFor();
		await shot(en, '8-offline-reload-en');
		await en.close();

		// A report made on the page opened offline waits, then goes once the network is back.
		await page.getByTestId('tab-report').click();
		await page.getByTestId('report-position').filter({ hasText: 'GPS' }).waitFor();
		await page.getByTestId('report-category').selectOption({ index: 1 });
		await page.getByTestId('report-form').locator('textarea').fill(NOTE2);
		await page
			.getByTestId('report-photos')
			.locator('input[type=file]')
			.setInputFiles({
				name: 'site.jpg',
				mimeType: 'image/jpeg',
				buffer: await makeJpeg(800, 600)
			});
		await page.getByTestId('report-photos').locator('img').first().waitFor();
		await page.getByTestId('report-submit').click();
		await expect.poll(() => page.getByTestId('outbox-count').textContent()).toBe('待发送 1 条');
		const mine = async () =>
			(
				await planner.api.get<{ cases: CaseView[] }>('/api/cases?limit=1000&sort=-reported_at')
			).cases.filter((c) => c.description === NOTE2);
		expect(await mine()).toHaveLength(0);

		await grid.context.setOffline(false);
		await page
			.getByTestId('phone-notice')
			.filter({ hasText: '已上报' })
			.waitFor({ timeout: 30_000 });
		await expect.poll(() => page.getByTestId('outbox-item').count()).toBe(0);
		expect(await mine()).toHaveLength(1);
		// Online again, the list is the server's: the offline notice goes.
		await page.getByTestId('tab-tasks').click();
		await page.getByTestId('offline-notice').waitFor({ state: 'detached' });
		await grid.context.close();
		await planner.context.close();
	}, 600_000);

	it('leaves desktop pages and the API to the network', async () => {
		const office = await desk();
		await office.goto(`${demo.server.url}/cases`);
		await office.getByTestId('cases-page').waitFor();
		// Only /m and /report register the worker.
		expect(
			await office.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))
		).toBe(0);
		const sw = await (await fetch(`${demo.server.url}/sw.js`)).text();
		expect(sw).toMatch(/const CACHE = 'sanimap-phone-[0-9a-f]{12}'/);
		expect(sw).toContain('/assets/PhonePage-');
		expect(await (await fetch(`${demo.server.url}/sw.js`)).headers.get('cache-control')).toBe(
			'no-cache'
		);
	}, 180_000);
});
