/**
 * The daily frontage check on the phone at 390×844 (issue 15 item 3): demo-patrol starts a
 * patrol while the phone moves, passes two frontage units, fails the third with a photo and a
 * 责令整改, and ends; the patrol's track has a length and the check and its case exist.
 * Screenshots of the 巡查 tab go to /work/shots-patrol/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseView } from '../../server/contract/cases';
import type { PatrolDetail, PatrolView } from '../../server/contract/patrols';
import { Database } from '../../server/db/database';
import { polygonLabelPoint } from '$geo/polygon-label-point';
import { createZoneLocator } from '$geo/zone-locator';
import type { CoverageView } from '../../web/src/api/patrol-client';
import { shanghaiToday } from '../../web/src/pages/patrols/format';
import { makeJpeg } from '../helpers/photos';
import { startServer, type RunningServer } from '../helpers/server-process';
import { ensureWebBuilt } from './helpers/ensure-built';
import { seededDemoDatabase } from './helpers/demo-template';
import { launchBrowser } from './helpers/launch-browser';
import { contextApi, signInDemo } from './helpers/sign-in';

const SHOTS = '/work/shots-patrol';
const UNITS = [
	{ id: 'BT-U1', name: '好再来饭店', dy: 0.0002 },
	{ id: 'BT-U2', name: '惠民超市', dy: 0.0004 },
	{ id: 'BT-U3', name: '王记五金', dy: 0.0006 }
];

let dataDir: string;
let dbPath: string;
let server: RunningServer;
let browser: Browser;
let start: { lng: number; lat: number };
/** The grid of the community that holds the three test units (the coverage row they count in). */
let gridId: string;

/** Three frontage units a few tens of metres north of the middle of demo-patrol's community. */
async function seedUnits() {
	const db = await Database.open(dbPath);
	try {
		const [me] = await db.query<{ zones: string[] }>(
			`SELECT zones FROM users WHERE username = 'demo-patrol'`
		);
		const community = me.zones[0];
		const [zone] = await db.query<{ geometry: string }>(
			'SELECT geometry FROM zones WHERE id = $id',
			{
				id: community
			}
		);
		const [lng, lat] = polygonLabelPoint(JSON.parse(zone.geometry))!;
		start = { lng, lat };
		const grids = await db.query<{ id: string; geometry: string }>(
			`SELECT id, geometry FROM zones WHERE kind = 'grid' AND parent_id = $community ORDER BY id`,
			{ community }
		);
		const locator = createZoneLocator(
			grids.map((g) => ({ id: g.id, geometry: JSON.parse(g.geometry) }))
		);
		gridId = locator.locate(lng + 0.0001, lat + UNITS[1].dy)!;
		expect(gridId).toBeTruthy();
		for (const u of UNITS) {
			await db.run(
				`INSERT INTO frontage_units (id, name, category, address, contact_name, contact_phone, lng, lat,
					zone_id, grid_id, segment_id, frontage, frontage_m, agreement_signed, agreement_signed_on,
					created_at, updated_at, retired_at)
				 VALUES ($id, $name, 'shop', '测试街', NULL, NULL, $lng, $lat, $zone, $grid, NULL,
					'{"type":"LineString","coordinates":[]}', 20, true, NULL,
					now()::TIMESTAMP, now()::TIMESTAMP, NULL)`,
				{
					id: u.id,
					name: u.name,
					lng: lng + 0.0001,
					lat: lat + u.dy,
					zone: community,
					grid: gridId
				}
			);
		}
	} finally {
		await db.close();
	}
}

beforeAll(async () => {
	ensureWebBuilt();
	mkdirSync(SHOTS, { recursive: true });
	dataDir = mkdtempSync(join(tmpdir(), 'sanimap-patrol-'));
	// The demo town and its users as the first start leaves them; the units go in while no
	// server holds the file.
	dbPath = await seededDemoDatabase(dataDir);
	await seedUnits();
	server = await startServer({ SANIMAP_DB: dbPath }, 120_000);
	browser = await launchBrowser();
}, 360_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

async function phone(lang = 'zh-CN') {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
		locale: lang,
		timezoneId: 'Asia/Shanghai',
		geolocation: { longitude: start.lng, latitude: start.lat, accuracy: 10 },
		permissions: ['geolocation']
	});
	await signInDemo(context, server.url, 'patrol');
	return { context, api: contextApi(context, server.url) };
}

async function openPatrolTab(context: BrowserContext, query = ''): Promise<Page> {
	const page = await context.newPage();
	await page.goto(`${server.url}/m${query}`);
	await page.getByTestId('tab-patrol').click();
	return page;
}

const unit = (page: Page, id: string) => page.locator(`[data-testid=unit][data-unit="${id}"]`);
const shot = (page: Page, name: string) =>
	page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
const outboxEmpty = (page: Page) =>
	expect.poll(() => page.getByTestId('outbox-item').count(), { timeout: 30_000 }).toBe(0);

describe('phone patrol tab at 390×844', () => {
	it('runs a patrol: start, pass two units, fail one with a photo and an order, end; the unit page and the day coverage show it', async () => {
		const { context, api } = await phone();
		const page = await openPatrolTab(context);
		await page.getByTestId('patrol-off').waitFor();
		await unit(page, 'BT-U3').waitFor({ timeout: 30_000 });
		await page.getByTestId('patrol-start').click();
		await page.getByTestId('patrol-on').filter({ hasText: '正在记录轨迹' }).waitFor();
		await page.getByTestId('patrol-on').filter({ hasText: '已记录 1 个点' }).waitFor();
		await outboxEmpty(page);
		await shot(page, '1-patrol-on-zh');

		// The phone walks north past the units.
		await context.setGeolocation({
			longitude: start.lng,
			latitude: start.lat + 0.0004,
			accuracy: 10
		});
		for (const id of ['BT-U1', 'BT-U2']) {
			await unit(page, id).getByRole('button').first().click();
			await unit(page, id).getByTestId('check-pass').click();
			await page.getByTestId('phone-notice').filter({ hasText: '已记录检查' }).waitFor();
			await expect.poll(() => unit(page, id).textContent()).toContain('上次合格');
		}

		const u3 = unit(page, 'BT-U3');
		await u3.getByRole('button').first().click();
		await u3.getByTestId('check-fail').click();
		const form = u3.getByTestId('check-form');
		await form.getByTestId('check-submit').click();
		await form.getByRole('alert').filter({ hasText: '请勾选至少一项' }).waitFor();
		await form.getByTestId('item-litter').check();
		await form.getByTestId('item-piling').check();
		await form.locator('input[type=file]').setInputFiles({
			name: 'door.jpg',
			mimeType: 'image/jpeg',
			buffer: await makeJpeg(800, 600)
		});
		await form.locator('img').first().waitFor();
		await form.getByTestId('measure-order').check();
		await form.getByTestId('order-deadline').selectOption('1d');
		await form.locator('textarea').fill('门口堆放纸箱');
		await form.getByTestId('measure-order').scrollIntoViewIfNeeded();
		await shot(page, '2-check-form-zh');
		await form.getByTestId('check-submit').click();
		await page.getByTestId('phone-notice').filter({ hasText: '立案' }).waitFor({ timeout: 30_000 });

		const en = await openPatrolTab(context, '?lang=en');
		await en.getByTestId('patrol-on').filter({ hasText: 'Recording the track' }).waitFor();
		await shot(en, '3-patrol-on-en');
		await unit(en, 'BT-U1').getByRole('button').first().click();
		await unit(en, 'BT-U1').getByTestId('check-fail').click();
		await unit(en, 'BT-U1').getByTestId('item-litter').waitFor();
		await shot(en, '4-check-form-en');
		await en.close();

		await context.setGeolocation({
			longitude: start.lng,
			latitude: start.lat + 0.0008,
			accuracy: 10
		});
		await page.getByTestId('patrol-end').click();
		await page.getByTestId('patrol-off').waitFor();
		await outboxEmpty(page);

		const { patrols } = await api.get<{ patrols: PatrolView[] }>('/api/patrols');
		const detail = await api.get<PatrolDetail>(`/api/patrols/${patrols[0].id}`);
		expect(detail.endedAt).not.toBeNull();
		expect(detail.lengthM).toBeGreaterThan(0);
		expect(detail.track?.coordinates.length).toBeGreaterThanOrEqual(2);
		expect(detail.checkRecords.map((c) => [c.unitId, c.result])).toEqual([
			['BT-U1', 'pass'],
			['BT-U2', 'pass'],
			['BT-U3', 'fail']
		]);
		const failed = detail.checkRecords[2];
		expect(failed).toMatchObject({ measure: 'order', failedItems: ['litter', 'piling'] });
		expect(failed.photoIds).toHaveLength(1);
		const order = await api.get<CaseView>(`/api/cases/${failed.caseId}`);
		expect(order).toMatchObject({
			category: 'frontage_violation',
			source: 'patrol',
			deadline: failed.orderDeadline,
			origin: { kind: 'patrol_check', id: failed.id }
		});
		await context.close();

		// The office at its desk: the unit's page shows the failure, its items and its case, and the
		// day's coverage counts the three units as checked in their grid.
		const desk = await browser.newContext({
			viewport: { width: 1280, height: 900 },
			locale: 'zh-CN',
			timezoneId: 'Asia/Shanghai'
		});
		await signInDemo(desk, server.url, 'planner');
		const office = await desk.newPage();
		await office.goto(`${server.url}/frontage/BT-U3?lang=zh-CN`);
		const latest = office.locator('[data-testid=frontage-checks] > li').first();
		await latest.waitFor({ timeout: 30_000 });
		const text = (await latest.textContent()) ?? '';
		for (const words of ['不合格', '门前有垃圾、杂物', '乱堆乱放', '责令整改', failed.caseId!]) {
			expect(text).toContain(words);
		}
		expect(await latest.locator(`a[href="/cases/${failed.caseId}"]`).count()).toBe(1);
		expect(await latest.locator('.photos img').count()).toBe(1);
		await shot(office, '5-unit-page-zh');

		const today = shanghaiToday();
		const coverage = await contextApi(desk, server.url).get<CoverageView>(
			`/api/patrols/coverage?period=day&date=${today}`
		);
		const row = coverage.grids.find((g) => g.gridId === gridId)!;
		expect(row.unitsChecked).toBe(3);
		await office.goto(`${server.url}/patrols?period=day&date=${today}&lang=zh-CN`);
		const cells = office.locator('tr', { hasText: row.gridName });
		await expect
			.poll(() => cells.first().textContent(), { timeout: 30_000 })
			.toContain(`${row.units}`);
		await shot(office, '6-coverage-day-zh');
		await desk.close();
	}, 360_000);
});
