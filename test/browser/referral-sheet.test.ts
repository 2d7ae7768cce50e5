/**
 * Issue 15 item 3: a 责令整改 that lapsed while the server was down is referred at start-up,
 * and its 移交单 prints on one A4 page (zh and en). The unit and its checks are written with
 * SQL before the server starts (the phone check API is another lane); the case goes through
 * the case service. Screenshots for the review in /work/shots-referral.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../server/contract/cases';
import type { ReferralSheetView } from '../../server/contract/frontage';
import { demoPhoto } from '../../server/demo-town/photos/demo-photo';
import { openStore } from '../../server/ingest/open-store';
import { systemActor } from '../../server/services/actor';
import { takeCaseAction } from '../../server/services/case-actions';
import { loadCalendar } from '../../server/services/case-calendar';
import { createCase } from '../../server/services/case-reports';
import { photoFolderBeside } from '../../server/services/photo-files';
import { savePhoto } from '../../server/services/photos';
import { startServer, type RunningServer } from '../helpers/server-process';
import { ensureWebBuilt } from './helpers/ensure-built';
import { seededDemoDatabase } from './helpers/demo-template';
import { launchBrowser } from './helpers/launch-browser';
import { contextApi, signInDemo } from './helpers/sign-in';

const SHOTS = '/work/shots-referral';
let dataDir: string;
let server: RunningServer;
let browser: Browser;
let page: Page;
let api: ReturnType<typeof contextApi>;
let caseId: string;
/** The 移交单 number the server gave the test's referral. */
let sheetNo: string;

/** A demo town with one shop ordered on Friday 2026-11-27 16:00 to clear its frontage in one working day. */
async function seedLapsedOrder(path: string): Promise<string> {
	const { db } = await openStore(path, { demo: true });
	try {
		const [spot] = await db.query<{ lng: number; lat: number; zone_id: string; grid_id: string }>(
			`SELECT lng, lat, zone_id, grid_id FROM blind_spots WHERE grid_id IS NOT NULL ORDER BY id LIMIT 1`
		);
		const planner = { ...systemActor('test'), username: 'demo-planner', role: 'planner' as const };
		const calendar = await loadCalendar(db);
		const nowLocal = '2026-11-27T16:00:00';
		const created = await createCase(
			db,
			planner,
			{
				category: 'frontage_violation',
				description: '门前堆放纸箱杂物，占用人行道',
				lng: spot.lng + 0.0003,
				lat: spot.lat + 0.0002,
				source: 'patrol',
				reported_at: '2026-11-27T16:00'
			},
			{ now: new Date(), nowLocal: '2026-12-06T10:00:00', calendar }
		);
		const id = (created.body as { id: string; deadline: string }).id;
		const deadline = (created.body as { deadline: string }).deadline;
		await takeCaseAction(
			db,
			planner,
			id,
			{ action: 'accept', note: '责令整改立案' },
			{ nowLocal, calendar, lang: 'zh-CN' }
		);
		const photos = photoFolderBeside(path);
		const photo = async (seed: number, label: string) =>
			(await savePhoto(await demoPhoto('before', seed, label), { root: photos })).id;
		await db.run(
			`INSERT INTO frontage_units VALUES ('FU-0001', '兴旺百货商行', 'shop', '安澜大道 126 号', '王建国', '13812345678',
			 $lng, $lat, $zone, $grid, NULL, '{}', 18, true, DATE '2026-03-15',
			 TIMESTAMP '2026-03-15 09:00:00', TIMESTAMP '2026-03-15 09:00:00', NULL)`,
			{ lng: spot.lng + 0.0003, lat: spot.lat + 0.0002, zone: spot.zone_id, grid: spot.grid_id }
		);
		const check = async (
			n: number,
			at: string,
			measure: string,
			items: string,
			note: string,
			photoIds: string[],
			withCase: boolean
		) =>
			db.run(
				`INSERT INTO frontage_checks VALUES ($id, 'FU-0001', NULL, CAST($at AS TIMESTAMP), 'demo-patrol', 'fail',
				 $items, $measure, CAST($deadline AS TIMESTAMP), $case, $note, $photos, NULL, NULL, NULL)`,
				{
					id: `CHK-${n}`,
					at,
					items,
					measure,
					deadline: withCase ? deadline : null,
					case: withCase ? id : null,
					note,
					photos: photoIds.join(',')
				}
			);
		await check(
			1,
			'2026-11-16T09:40:00',
			'warn',
			'litter',
			'门口散落包装垃圾',
			[await photo(3, 'SaniMap\n2026-11-16 09:40')],
			false
		);
		await check(
			2,
			'2026-11-24T10:15:00',
			'warn',
			'piling,litter',
			'纸箱堆放门前',
			[await photo(5, 'SaniMap\n2026-11-24 10:15')],
			false
		);
		await check(
			3,
			'2026-11-27T16:00:00',
			'order',
			'piling,occupying',
			'纸箱及货架占用人行道',
			[await photo(7, 'SaniMap\n2026-11-27 16:00'), await photo(9, 'SaniMap\n2026-11-27 16:01')],
			true
		);
		return id;
	} finally {
		await db.close();
	}
}

beforeAll(async () => {
	mkdirSync(SHOTS, { recursive: true });
	ensureWebBuilt();
	dataDir = mkdtempSync(join(tmpdir(), 'sanimap-referral-'));
	const path = await seededDemoDatabase(dataDir);
	caseId = await seedLapsedOrder(path);
	server = await startServer({ SANIMAP_DB: path }, 180_000);
	browser = await launchBrowser();
	const context = await browser.newContext({
		viewport: { width: 1000, height: 1400 },
		deviceScaleFactor: 1,
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai'
	});
	await signInDemo(context, server.url, 'planner');
	api = contextApi(context, server.url);
	page = await context.newPage();
	page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
	page.on('console', (m) => m.type() === 'error' && console.log(`console: ${m.text()}`));
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function waitReferred(): Promise<CaseDetail> {
	for (let i = 0; i < 60; i++) {
		const c = await api.get<CaseDetail>(`/api/cases/${caseId}`);
		if (c.status === 'referred') return c;
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error('the case was not referred at start-up');
}

describe('the 移交单 (issue 15 item 3)', () => {
	it('refers the order that lapsed on Monday 2026-11-30 16:00 when the server starts, once, by system', async () => {
		const c = await waitReferred();
		expect(c.deadline).toBe('2026-11-30T16:00:00');
		const refers = c.history.filter((h) => h.action === 'refer');
		expect(refers).toHaveLength(1);
		expect(refers[0]).toMatchObject({ by: 'system', from: 'accepted', to: 'referred' });
		const sheet = await api.get<ReferralSheetView>(`/api/referrals/${caseId}`);
		// Numbered in the year of referral; the demo town's own lapsed orders are referred at the
		// same start, so this sheet's place in the year's count is not fixed.
		expect(sheet.sheetNo).toMatch(/^YJ-2026-\d{4}$/);
		sheetNo = sheet.sheetNo;
		expect(sheet.violations).toHaveLength(3);
	}, 150_000);

	it('prints on A4 in Chinese: unit, violations with photos, orders, signature block', async () => {
		await page.goto(`${server.url}/referrals/${caseId}?lang=zh-CN`);
		await page.screenshot({ path: `${SHOTS}/debug-before-wait.png` }).catch(() => {});
		await page.getByTestId('referral-sheet').waitFor({ timeout: 60_000 });
		await page.waitForFunction(() =>
			[...document.images].every((i) => i.complete && i.naturalWidth > 0)
		);
		await expect.poll(() => page.getByTestId('sheet-no').textContent()).toContain(sheetNo);
		expect(await page.getByTestId('unit-phone').textContent()).toBe('13812345678');
		expect(await page.locator('[data-testid=violations] tbody tr').count()).toBe(3);
		expect(await page.getByTestId('orders').textContent()).toContain('逾期未整改');
		await page.screenshot({ path: `${SHOTS}/referral-screen-zh.png`, fullPage: true });
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.app-header').isVisible()).toBe(false);
		await page.screenshot({ path: `${SHOTS}/referral-print-zh.png`, fullPage: true });
		await page.pdf({ path: `${SHOTS}/referral-zh.pdf`, format: 'A4', printBackground: true });
		await page.emulateMedia({ media: 'screen' });
	}, 150_000);

	it('prints in English too', async () => {
		await page.goto(`${server.url}/referrals/${caseId}?lang=en`);
		await page.getByTestId('referral-sheet').waitFor();
		await page.waitForFunction(() =>
			[...document.images].every((i) => i.complete && i.naturalWidth > 0)
		);
		expect(await page.getByTestId('referral-sheet').textContent()).toContain('Ordered to fix by');
		await page.emulateMedia({ media: 'print' });
		await page.screenshot({ path: `${SHOTS}/referral-print-en.png`, fullPage: true });
		await page.pdf({ path: `${SHOTS}/referral-en.pdf`, format: 'A4', printBackground: true });
		await page.emulateMedia({ media: 'screen' });
	}, 150_000);

	it('records the brigade’s outcome on the case page, which closes the case', async () => {
		await page.goto(`${server.url}/cases/${caseId}?lang=zh-CN`);
		await page.getByTestId('referral-link').waitFor();
		await page.locator('[data-action=record_outcome]').click();
		await page.locator('#act-outcome').selectOption('penalised');
		await page.locator('#act-note').fill('罚款 200 元，已当场清理');
		await page.screenshot({ path: `${SHOTS}/case-outcome-form-zh.png`, fullPage: true });
		await page.locator('[data-testid=action-form] button[type=submit]').click();
		await expect
			.poll(async () => (await api.get<CaseDetail>(`/api/cases/${caseId}`)).status)
			.toBe('closed');
		const sheet = await api.get<ReferralSheetView>(`/api/referrals/${caseId}`);
		expect(sheet).toMatchObject({ outcome: 'penalised', outcomeNote: '罚款 200 元，已当场清理' });
		await page.goto(`${server.url}/cases?status=referred&lang=en`);
		await page.getByTestId('referred-preset').waitFor();
		await page.screenshot({ path: `${SHOTS}/cases-referred-en.png` });
	}, 150_000);
});
