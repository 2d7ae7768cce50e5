/**
 * The 门前三包 ledger in the browser (issue 15 item 2): a unit page shows a seeded check with
 * its failing items in words and its photo; screenshots of the map layer, the unit page and
 * the ledger list (zh and en, and the unit page at 390 px) for the review.
 */
import { along, length, lineString } from '@turf/turf';
import type { LineString } from 'geojson';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../server/db/database';
import { demoPhoto } from '../../server/demo-town/photos/demo-photo';
import { formatLocalTime } from '../../server/domain/routing/local-time';
import { systemActor } from '../../server/services/actor';
import { createFrontage } from '../../server/services/frontage';
import { photoFolderBeside } from '../../server/services/photo-files';
import { savePhoto } from '../../server/services/photos';
import { startServer, type RunningServer } from '../helpers/server-process';
import { ensureWebBuilt } from './helpers/ensure-built';
import { seededDemoDatabase } from './helpers/demo-template';
import { launchBrowser } from './helpers/launch-browser';
import { project, waitMapReady } from './helpers/map-page';
import { signInDemo } from './helpers/sign-in';

const SHOTS = '/work/shots-frontage';
const NAMES = [
	'老王杂货店',
	'兴隆五金',
	'镇卫生院',
	'李记早餐',
	'平安药房',
	'沿街住户陈宅',
	'红星超市',
	'农商银行网点'
];
const CATEGORIES = ['shop', 'shop', 'unit', 'shop', 'shop', 'household', 'shop', 'unit'] as const;

let dataDir: string;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let failing: { id: string; lng: number; lat: number };
/** The unit the redraw-and-retire test closes (lane frontedit). */
let closing: { id: string; name: string };

/** Ledger units along the demo town's longest key street, with checks around now. */
async function seed(dbPath: string): Promise<void> {
	const db = await Database.open(dbPath);
	try {
		const [street] = await db.query<{ geometry: string }>(
			`SELECT geometry FROM road_segments WHERE key_group IS NOT NULL ORDER BY length_m DESC LIMIT 1`
		);
		const line = lineString((JSON.parse(street.geometry) as LineString).coordinates);
		const total = length(line, { units: 'meters' });
		const now = new Date();
		const ago = (days: number, hour = 9) =>
			formatLocalTime(new Date(now.getTime() - days * 86_400_000)).slice(0, 11) +
			`${String(hour).padStart(2, '0')}:20:00`;
		const photo = await savePhoto(await demoPhoto('before', 3, '门前堆物\n2026-12-05 09:20'), {
			root: photoFolderBeside(dbPath)
		});
		const ids: string[] = [];
		for (let i = 0; i < NAMES.length; i++) {
			const [lng, lat] = along(line, (total * (i + 1)) / (NAMES.length + 1), {
				units: 'meters'
			}).geometry.coordinates;
			const unit = await createFrontage(
				db,
				systemActor('test'),
				{
					name: NAMES[i],
					category: CATEGORIES[i],
					address: `${i + 1} 号`,
					contactName: '王小明',
					contactPhone: '13812345678',
					agreementSigned: i !== 5,
					agreementSignedOn: i !== 5 ? '2026-03-01' : undefined,
					lng,
					lat: lat + 0.00012
				},
				now,
				'zh-CN'
			);
			ids.push(unit.id);
			if (i === 0) failing = { id: unit.id, lng: unit.lng, lat: unit.lat };
			if (i === NAMES.length - 1) closing = { id: unit.id, name: unit.name };
		}
		const checks: [number, number, 'pass' | 'fail', string, string][] = [
			[0, 1, 'fail', 'litter,piling', photo.id],
			[0, 6, 'fail', 'occupying', ''],
			[0, 12, 'fail', 'litter', ''],
			[0, 20, 'pass', '', ''],
			[1, 2, 'pass', '', ''],
			[2, 1, 'pass', '', ''],
			[3, 3, 'fail', 'sewage', ''],
			[4, 2, 'pass', '', ''],
			[6, 1, 'fail', 'posters', '']
		];
		for (const [k, [unit, days, result, items, photos]] of checks.entries()) {
			await db.run(
				`INSERT INTO frontage_checks (id, unit_id, checked_at, checker, result, failed_items, measure,
					order_deadline, note, photo_ids) VALUES ($id, $unit, $at::TIMESTAMP, 'demo-patrol', $result,
					$items, $measure, $deadline::TIMESTAMP, $note, $photos)`,
				{
					id: `chk-${k}`,
					unit: ids[unit],
					at: ago(days),
					result,
					items,
					measure: result === 'fail' ? (k === 0 ? 'order' : 'warn') : null,
					deadline: k === 0 ? ago(-1, 17) : null,
					note: k === 0 ? '店外堆放纸箱，已责令当天清理' : null,
					photos
				}
			);
		}
		await db.run(
			`INSERT INTO responsibilities (target_kind, target_id, person, phone, unit, pledge_type, signed_on,
				valid_from, changed_by) VALUES ('frontage', $id, '王小明', '13812345678', '老王杂货店', 'frontage',
				'2026-03-01', '2026-03-01 00:00:00', 'test')`,
			{ id: ids[0] }
		);
	} finally {
		await db.close();
	}
}

beforeAll(async () => {
	mkdirSync(SHOTS, { recursive: true });
	ensureWebBuilt();
	dataDir = mkdtempSync(join(tmpdir(), 'sanimap-frontage-'));
	const dbPath = await seededDemoDatabase(dataDir);
	await seed(dbPath);
	server = await startServer({ SANIMAP_DB: dbPath }, 120_000);
	browser = await launchBrowser();
	context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: 1,
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai'
	});
	await signInDemo(context, server.url, 'planner');
	page = await context.newPage();
}, 400_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function openUnit(lang = ''): Promise<void> {
	await page.goto(`${server.url}/frontage/${failing.id}${lang}`);
	await page.getByTestId('frontage-checks').waitFor();
	await waitMapReady(page, 0, 60_000);
}

describe('the unit page', () => {
	it('shows the seeded failed check with its items in words, its order and its photo', async () => {
		await openUnit();
		const latest = page.locator('[data-testid=frontage-checks] > li').first();
		await expect
			.poll(() => latest.locator('.items li').allTextContents())
			.toEqual(['门前有垃圾、杂物', '乱堆乱放']);
		expect(await latest.textContent()).toContain('责令整改');
		await latest.locator('img').waitFor();
		expect(
			await latest.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth)
		).toBeGreaterThan(0);
		expect(await page.getByTestId('frontage-responsible').textContent()).toContain('王小明');
		await page.screenshot({ path: `${SHOTS}/unit-zh.png`, fullPage: true });
		await openUnit('?lang=en');
		await expect
			.poll(() => latest.locator('.items li').first().textContent())
			.toBe('Litter in front');
		await page.screenshot({ path: `${SHOTS}/unit-en.png`, fullPage: true });
		await page.setViewportSize({ width: 390, height: 844 });
		await openUnit('?lang=zh-CN');
		await page.screenshot({ path: `${SHOTS}/unit-390-zh.png`, fullPage: true });
		await page.setViewportSize({ width: 1280, height: 800 });
	}, 120_000);
});

describe('screenshots', () => {
	it('the ledger list, zh and en', async () => {
		for (const lang of ['zh-CN', 'en']) {
			await page.goto(`${server.url}/frontage?lang=${lang}`);
			await page.getByTestId('frontage-list').locator('tbody tr').first().waitFor();
			// The demo town's own ledger is listed too: each unit this test made is there once.
			const rows = page.locator('[data-testid=frontage-list] tbody tr');
			for (const name of NAMES)
				expect(
					await rows.filter({ has: page.getByText(name, { exact: true }) }).count(),
					name
				).toBe(1);
			await page.screenshot({ path: `${SHOTS}/list-${lang}.png`, fullPage: true });
		}
	}, 60_000);

	it('the map layer with a unit selected, zh and en', async () => {
		for (const lang of ['zh-CN', 'en']) {
			const c = `${failing.lng.toFixed(5)},${failing.lat.toFixed(5)}`;
			await page.goto(`${server.url}/?frontage=1&z=16.5&c=${c}&lang=${lang}`);
			await waitMapReady(page, 0, 60_000);
			await page.getByTestId('frontage-layer').waitFor();
			const [x, y] = await project(page, [failing.lng, failing.lat]);
			await page.mouse.click(x, y);
			await page.getByTestId('frontage-details').waitFor();
			await page.screenshot({ path: `${SHOTS}/map-${lang}.png` });
		}
	}, 120_000);
});

describe('redraw the frontage and retire a unit (lane frontedit)', () => {
	const api = async (id: string) =>
		(await (
			await context.request.get(`${server.url}/api/frontage/${id}`, { maxRetries: 1 })
		).json()) as {
			unit: { frontageM: number; frontage: LineString; retiredAt: string | null };
		};
	/** Page positions a third, two thirds and past the end of the stored line, 8 px off it. */
	async function clicksAlong(line: LineString): Promise<[number, number][]> {
		const a = await project(page, line.coordinates[0] as [number, number]);
		const b = await project(page, line.coordinates.at(-1) as [number, number]);
		const d = [b[0] - a[0], b[1] - a[1]];
		const n = Math.hypot(d[0], d[1]);
		return [-0.4, 0.5, 1.4].map((k, i) => [
			a[0] + d[0] * k - (d[1] / n) * (i % 2 ? -8 : 8),
			a[1] + d[1] * k + (d[0] / n) * (i % 2 ? -8 : 8)
		]);
	}

	/** Clicks a point of the line being drawn and waits until the page counts `n` points. */
	async function addPoint(at: [number, number], n: number): Promise<void> {
		await page.mouse.click(...at);
		await expect
			.poll(() => page.getByTestId('frontage-draw-count').textContent())
			.toMatch(new RegExp(`^已点 ${n} 个点`));
	}

	/**
	 * A point 120 px (about 90 m here) from `b`, square to the street a→b, on whichever side is
	 * on the map and on the screen: the unit page's cards now push the map low, and the old
	 * fixed offset (+120, +120) fell below the window, where a click reaches nothing.
	 */
	async function offStreet(a: [number, number], b: [number, number]): Promise<[number, number]> {
		const box = (await page.locator('.map-box').boundingBox())!;
		const bottom = Math.min(box.y + box.height, page.viewportSize()!.height);
		const n = Math.hypot(b[0] - a[0], b[1] - a[1]);
		const across = [-(b[1] - a[1]) / n, (b[0] - a[0]) / n];
		const sides = [1, -1].map((k): [number, number] => [
			b[0] + k * 120 * across[0],
			b[1] + k * 120 * across[1]
		]);
		const fits = ([x, y]: [number, number]) =>
			x > box.x + 10 && x < box.x + box.width - 10 && y > box.y + 10 && y < bottom - 10;
		const q = sides.find(fits);
		if (!q) throw new Error('no room on the map for a point off the street');
		return q;
	}

	it('cancel keeps the stored line; a line off the street is refused in words; a double-click saves', async () => {
		const before = (await api(failing.id)).unit;
		await openUnit('?lang=zh-CN');
		// Points are taken with the draw bar open and the map in the window, as they are clicked.
		await page.getByTestId('frontage-draw').click();
		await page.locator('.map-box').scrollIntoViewIfNeeded();
		const [p1, p2, p3] = await clicksAlong(before.frontage);
		await addPoint(p1, 1);
		await addPoint(p2, 2);
		await page.getByTestId('frontage-draw-cancel').click();
		await page.getByTestId('frontage-draw-bar').waitFor({ state: 'detached' });
		expect((await api(failing.id)).unit.frontageM).toBe(before.frontageM);
		// Without the snap, a point 120 px off the street is refused.
		await page.getByTestId('frontage-draw').click();
		await page.getByTestId('frontage-snap').uncheck();
		await addPoint(p1, 1);
		await addPoint(await offStreet(p1, p2), 2);
		await page.getByTestId('frontage-draw-save').click();
		await expect
			.poll(() => page.getByTestId('frontage-draw-bar').getByRole('alert').textContent())
			.toMatch(/门前责任路段须沿街道划定：所画线段离街道最远 \d+ 米，超过 30 米/);
		await page.getByTestId('frontage-draw-cancel').click();
		// Snapped: three points, the last by double-click, which also saves.
		await page.getByTestId('frontage-draw').click();
		await page.getByTestId('frontage-snap').check();
		await addPoint(p1, 1);
		await addPoint(p2, 2);
		await page.mouse.dblclick(...p3);
		// The saved note, or (on failure) what the draw bar says instead.
		const outcome = async () =>
			(await page.locator('.acc-ok').count())
				? await page.locator('.acc-ok').textContent()
				: await page.getByTestId('frontage-draw-bar').textContent();
		await expect.poll(outcome).toContain('门前路段已重画');
		const after = (await api(failing.id)).unit;
		// From 0.4 before the old line's start to 0.4 past its end: 1.8 times its length.
		expect(after.frontageM).toBeGreaterThan(before.frontageM * 1.5);
		expect(after.frontageM).toBeLessThan(before.frontageM * 2.1);
	}, 90_000);

	it('a retired unit keeps its page with a notice and leaves the ledger list', async () => {
		await page.goto(`${server.url}/frontage/${closing.id}?lang=zh-CN`);
		await page.getByTestId('frontage-retire').click();
		expect(await page.getByRole('alertdialog').textContent()).toContain(
			`确认注销“${closing.name}”`
		);
		await page.getByTestId('frontage-retire-confirm').click();
		await expect
			.poll(() => page.getByTestId('frontage-retired').textContent())
			.toMatch(/该单位已于 \d{4}-\d{2}-\d{2} 注销/);
		expect(await page.getByTestId('frontage-retire').count()).toBe(0);
		expect(await page.getByTestId('frontage-draw').count()).toBe(0);
		expect((await api(closing.id)).unit.retiredAt).not.toBeNull();
		await page.goto(`${server.url}/frontage?lang=zh-CN`);
		await page.getByTestId('frontage-list').locator('tbody tr').first().waitFor();
		const rows = page.locator('[data-testid=frontage-list] tbody tr');
		expect(await rows.filter({ has: page.getByText(closing.name, { exact: true }) }).count()).toBe(
			0
		);
	}, 60_000);
});
