import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wgs84ToBd09, wgs84ToGcj02 } from '../../geo/crs';
import type { SavedPlan } from '../../server/contract/spray-plan-results';
import { ROUTE_COLORS } from '../../web/src/pages/spray-plans/route-format';
import { openDashboard, type DashboardSession } from './helpers/dashboard-session';
import { signInDemo } from './helpers/sign-in';
import { andWaitReady, waitMapReady } from './helpers/map-page';
import { ARTIFACTS_DIR, saveArtifact } from './helpers/pixels';

/** The planner's map at 1280×800: right of the 400 px panel, below the header. */
const MAP_CLIP = { x: 400, y: 48, width: 880, height: 752 };
/** Fewer pixels of a team's colour than this means its route did not draw. */
const MIN_ROUTE_PIXELS = 150;
/** Apple's and Google's minimum touch target. */
const MIN_TOUCH_PX = 44;

let session: DashboardSession;
let page: Page;
let phone: BrowserContext;
let planId = '';
/** The phone page of team 1, shared by the tests that follow its first visit. */
let teamPage: Page;

/** The A4 PDF of a page in print media, and an A4-wide screenshot of the same sheet to look at. */
async function writePrint(page: Page, name: string): Promise<void> {
	const pdf = await page.pdf({ format: 'A4' });
	const pdfPath = join(ARTIFACTS_DIR, `${name}.pdf`);
	writeFileSync(pdfPath, pdf);
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	if (existsSync('/usr/bin/pdftoppm'))
		execFileSync('pdftoppm', [
			'-png',
			'-r',
			'80',
			'-f',
			'1',
			'-l',
			'1',
			'-singlefile',
			pdfPath,
			join(ARTIFACTS_DIR, name)
		]);
	// A4 at 96 dpi less the 14 mm margins of @page: what one sheet holds.
	const size = page.viewportSize();
	await page.setViewportSize({ width: 688, height: 1016 });
	saveArtifact(`${name}-sheet.png`, await page.screenshot({ fullPage: true }));
	if (size) await page.setViewportSize(size);
}

/** Pixels within a small distance of `hex` (route lines and stop discs of one team). */
function countColour(png: Buffer, hex: string): number {
	const img = PNG.sync.read(png);
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	let n = 0;
	for (let i = 0; i < img.data.length; i += 4) {
		const d =
			Math.abs(img.data[i] - r) + Math.abs(img.data[i + 1] - g) + Math.abs(img.data[i + 2] - b);
		if (d < 30) n++;
	}
	return n;
}

beforeAll(async () => {
	session = await openDashboard('/routes');
	page = session.page;
}, 180_000);

afterAll(async () => {
	await phone?.close();
	await session?.close();
});

describe('route planner and team page in the browser', () => {
	it('makes a three-team plan from open blind spots and draws three routes', async () => {
		await page.click('[data-source="blindspots_open"]');
		const count = page.locator('[data-testid="plan-candidate-count"]');
		await expect.poll(() => count.textContent(), { timeout: 20_000 }).toMatch(/已选 (\d+) \/ \1/);
		expect(await page.locator('tr[data-team]').count()).toBe(3);
		const before = await page.screenshot({ clip: MAP_CLIP });
		await andWaitReady(page, () => page.click('[data-testid="plan-generate"]'));
		await page.locator('[data-testid="plan-summary"]').waitFor();
		const after = await page.screenshot({ clip: MAP_CLIP });
		saveArtifact('routes-planner.png', await page.screenshot());
		for (const colour of ROUTE_COLORS.slice(0, 3)) {
			expect(countColour(before, colour)).toBeLessThan(MIN_ROUTE_PIXELS);
			expect(countColour(after, colour)).toBeGreaterThan(MIN_ROUTE_PIXELS);
		}
		const rows = await page
			.locator('[data-testid="plan-summary"] tbody tr')
			.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent ?? '')));
		expect(rows).toHaveLength(3);
		expect(rows.map((r) => r[0])).toEqual(['消杀一队', '消杀二队', '消杀三队']);
		for (const [, stops, km, minutes] of rows) {
			expect(Number(stops)).toBeGreaterThan(0);
			expect(Number(km)).toBeGreaterThan(0);
			expect(Number(minutes)).toBeGreaterThan(0);
		}
	}, 90_000);

	it('saves the plan and lists it with its team links', async () => {
		await page.click('form.save button[type="submit"]');
		const link = page.locator('[data-team-link="team-1"]');
		await link.waitFor({ timeout: 20_000 });
		planId = (await page.locator('[data-plan]').first().getAttribute('data-plan')) ?? '';
		expect(planId).toMatch(/^R\d{8}-\d{3}$/);
		expect(await page.locator(`[data-plan="${planId}"]`).textContent()).toContain('完成 0');
	}, 30_000);

	it('shows the first team route on a phone in one column with large buttons', async () => {
		phone = await session.browser.newContext({
			viewport: { width: 390, height: 844 },
			deviceScaleFactor: 1,
			isMobile: true,
			hasTouch: true,
			locale: 'zh-CN',
			timezoneId: 'Asia/Shanghai'
		});
		await signInDemo(phone, session.server.url, 'planner');
		const team = await phone.newPage();
		await team.goto(`${session.server.url}/routes/${planId}/teams/team-1`);
		await waitMapReady(team, 0, 60_000);
		const stops = team.locator('[data-testid="team-stop"]');
		const n = await stops.count();
		expect(n).toBeGreaterThan(0);
		const boxes = await stops.evaluateAll((els) =>
			els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect)
		);
		expect(new Set(boxes.map((b) => Math.round(b.x))).size).toBe(1);
		for (const b of boxes) expect(b.width).toBeGreaterThan(330);
		expect(await team.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		const buttons = await team
			.locator('[data-testid="team-stop"] button, .tools button, .tools a')
			.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
		expect(buttons.length).toBeGreaterThan(n);
		for (const h of buttons) expect(h).toBeGreaterThanOrEqual(MIN_TOUCH_PX);
		const progress = team.locator('[data-testid="team-progress"]');
		expect(await progress.textContent()).toContain(`进度 0/${n}`);
		saveArtifact('routes-team-phone.png', await team.screenshot({ fullPage: true }));

		await stops.first().getByRole('button', { name: '完成', exact: true }).click();
		await stops.first().getByRole('button', { name: '确认完成' }).click();
		await expect.poll(() => progress.textContent(), { timeout: 20_000 }).toContain(`进度 1/${n}`);
		expect(await stops.first().getAttribute('data-status')).toBe('done');
		saveArtifact('routes-team-phone-done.png', await team.screenshot());

		await team.emulateMedia({ media: 'print' });
		const sheet = team.locator('[data-testid="print-sheet"]');
		expect(await sheet.isVisible()).toBe(true);
		expect(await team.locator('.screen').isVisible()).toBe(false);
		expect(await team.locator('header').first().isVisible()).toBe(false);
		const printRows = await team
			.locator('[data-testid="print-row"]')
			.evaluateAll((trs) => trs.map((tr) => tr.children[0].textContent?.trim()));
		expect(printRows).toEqual(Array.from({ length: n }, (_, k) => String(k + 1)));
		const html = await sheet.innerHTML();
		expect(html).toContain('执行人签字');
		expect(html).toContain('☑');
		await team.emulateMedia({ media: 'screen' });
		teamPage = team;
	}, 120_000);

	it('says what each stop is, where, and what to do there, from the saved stop', async () => {
		const plan = await session.api<SavedPlan>(`/api/routes/${planId}`);
		const saved = plan.routes[0].stops;
		expect(saved.every((s) => s.kind === 'blind_spot' && s.category && s.task)).toBe(true);
		const shown = await teamPage.locator('[data-testid="team-stop"]').evaluateAll((els) =>
			els.map((el) => ({
				category: el.querySelector('[data-testid="stop-category"]')?.textContent?.trim(),
				community: el.querySelector('[data-testid="stop-community"]')?.textContent?.trim(),
				description: el.querySelector('[data-testid="stop-description"]')?.textContent?.trim(),
				task: el.querySelector('[data-testid="stop-task"]')?.textContent?.trim()
			}))
		);
		shown.forEach((s, k) => {
			expect(s.category).toBe(saved[k].categoryName?.nameZh);
			expect(s.community).toBe(saved[k].community ?? undefined);
			expect(s.description).toBe(saved[k].description ?? undefined);
			expect(s.task).toBe(saved[k].task?.nameZh);
			// Blind spots of an open-case round: no mosquito spraying because of an id prefix.
			if (saved[k].category === 'standing_water') expect(s.task).toContain('幼剂');
			else expect(s.task).not.toContain('灭蚊');
		});
		expect(shown.some((s) => s.community)).toBe(true);
	}, 30_000);

	it('opens AMap in GCJ-02 and Baidu in BD-09 at the stop', async () => {
		const plan = await session.api<SavedPlan>(`/api/routes/${planId}`);
		const stop = plan.routes[0].stops[1];
		const item = teamPage.locator('[data-testid="team-stop"]').nth(1);
		await item.getByText('导航', { exact: true }).click();
		const amap = new URL(
			(await item.getByRole('link', { name: '高德地图' }).getAttribute('href'))!
		);
		const [gLng, gLat] = amap.searchParams.get('position')!.split(',').map(Number);
		const gcj = wgs84ToGcj02([stop.lng, stop.lat]);
		expect(gLng).toBeCloseTo(gcj[0], 6);
		expect(gLat).toBeCloseTo(gcj[1], 6);
		expect(amap.searchParams.get('coordinate')).toBe('gaode');
		const baidu = new URL(
			(await item.getByRole('link', { name: '百度地图' }).getAttribute('href'))!
		);
		const [bLat, bLng] = baidu.searchParams.get('location')!.split(',').map(Number);
		const bd = wgs84ToBd09([stop.lng, stop.lat]);
		expect(bLng).toBeCloseTo(bd[0], 6);
		expect(bLat).toBeCloseTo(bd[1], 6);
		expect(baidu.searchParams.get('coord_type')).toBe('bd09ll');
		const nav = await item
			.locator('[data-testid="stop-nav"] a')
			.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
		for (const b of nav) {
			expect(b.height).toBeGreaterThanOrEqual(MIN_TOUCH_PX);
			expect(b.right).toBeLessThanOrEqual(390);
		}
		saveArtifact('routes-team-phone-nav.png', await item.screenshot());
	}, 30_000);

	it('fits the done form (chemical, amount, 单位) on a 390 px screen, with the task’s chemical', async () => {
		const plan = await session.api<SavedPlan>(`/api/routes/${planId}`);
		const item = teamPage.locator('[data-testid="team-stop"]').nth(1);
		await item.getByRole('button', { name: '完成', exact: true }).click();
		const box = (await item.boundingBox())!;
		const fields = await item
			.locator('form input, form select')
			.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
		expect(fields.length).toBeGreaterThanOrEqual(4);
		for (const f of fields) {
			expect(f.left).toBeGreaterThanOrEqual(box.x);
			expect(f.right).toBeLessThanOrEqual(box.x + box.width);
		}
		expect(await teamPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		const task = plan.routes[0].stops[1].task!;
		expect(await item.getByLabel('药剂').inputValue()).toBe(task.chemicalZh);
		expect(await item.getByLabel('单位').inputValue()).toBe(task.unit);
		saveArtifact('routes-team-phone-form.png', await item.screenshot());
		await item.getByRole('button', { name: '取消' }).click();
	}, 30_000);

	it('undoes a done stop and removes the spray event it recorded', async () => {
		const stops = teamPage.locator('[data-testid="team-stop"]');
		const progress = teamPage.locator('[data-testid="team-progress"]');
		const first = stops.first();
		const before = await session.api<SavedPlan>(`/api/routes/${planId}`);
		const eventId = before.routes[0].stops[0].sprayEventId;
		expect(eventId).toBeTruthy();
		await first.getByRole('button', { name: '撤销' }).click();
		await first.getByRole('button', { name: '确认撤销' }).click();
		await expect.poll(() => first.getAttribute('data-status'), { timeout: 20_000 }).toBe('pending');
		expect(await progress.textContent()).toContain('进度 0/');
		const after = await session.api<SavedPlan>(`/api/routes/${planId}`);
		expect(after.routes[0].stops[0]).toMatchObject({ status: 'pending', sprayEventId: null });
		// Done again, so the paper sheet below shows a ticked stop with what was used.
		await first.getByRole('button', { name: '完成', exact: true }).click();
		await first.getByLabel('用量').fill('300');
		await first.getByRole('button', { name: '确认完成' }).click();
		await expect.poll(() => first.getAttribute('data-status'), { timeout: 20_000 }).toBe('done');
	}, 60_000);

	it('prints an A4 sheet with a route map whose numbers never hide each other', async () => {
		const n = await teamPage.locator('[data-testid="team-stop"]').count();
		await teamPage.emulateMedia({ media: 'print' });
		const sheet = teamPage.locator('[data-testid="print-sheet"]');
		const headers = await sheet.locator('th').allTextContents();
		expect(headers).toEqual(expect.arrayContaining(['药剂', '用量']));
		const markers = await sheet.locator('[data-testid="route-map"] [data-seq]').evaluateAll((els) =>
			els.map((el) => ({
				seq: Number(el.getAttribute('data-seq')),
				x: Number(el.getAttribute('cx')),
				y: Number(el.getAttribute('cy')),
				r: Number(el.getAttribute('r'))
			}))
		);
		expect(markers.map((m) => m.seq)).toEqual(Array.from({ length: n }, (_, k) => k + 1));
		for (let i = 0; i < markers.length; i++)
			for (let j = i + 1; j < markers.length; j++)
				expect(
					Math.hypot(markers[i].x - markers[j].x, markers[i].y - markers[j].y)
				).toBeGreaterThanOrEqual(markers[i].r + markers[j].r - 0.01);
		expect(await sheet.textContent()).toContain('300');
		await writePrint(teamPage, 'team-route-print');
	}, 60_000);

	it('shows the team page and its A4 sheet in English', async () => {
		const team = await phone.newPage();
		await team.goto(`${session.server.url}/routes/${planId}/teams/team-1`);
		await waitMapReady(team, 0, 60_000);
		await team.getByRole('button', { name: 'English' }).click();
		const first = team.locator('[data-testid="team-stop"]').first();
		expect(await first.getByRole('button', { name: 'Undo' }).count()).toBe(1);
		expect(await team.locator('[data-testid="stop-task"]').first().textContent()).toMatch(/[a-z]/);
		await team
			.locator('[data-testid="team-stop"]')
			.nth(1)
			.getByText('Navigate', { exact: true })
			.click();
		expect(await team.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		saveArtifact('routes-team-phone-en.png', await team.screenshot({ fullPage: true }));
		await team.emulateMedia({ media: 'print' });
		const headers = await team.locator('[data-testid="print-sheet"] th').allTextContents();
		expect(headers).toEqual(expect.arrayContaining(['Chemical', 'Amount']));
		await writePrint(team, 'team-route-print-en');
	}, 90_000);

	it('keeps only the stops inside an area drawn on the map', async () => {
		const count = page.locator('[data-testid="plan-candidate-count"]');
		const total = Number((await count.textContent())?.match(/\/ (\d+)/)?.[1]);
		await page.click('[data-testid="plan-area-draw"]');
		// A triangle over the left half of the map: some stops fall inside, some outside.
		for (const [x, y] of [
			[MAP_CLIP.x + 80, MAP_CLIP.y + 80],
			[MAP_CLIP.x + 440, MAP_CLIP.y + 376],
			[MAP_CLIP.x + 80, MAP_CLIP.y + 700]
		])
			await page.mouse.click(x, y);
		await page.click('[data-testid="plan-area-finish"]');
		const text = (await count.textContent()) ?? '';
		const selected = Number(text.match(/已选 (\d+)/)?.[1]);
		expect(selected).toBeGreaterThan(0);
		expect(selected).toBeLessThan(total);
		await waitMapReady(page);
		const shot = await page.screenshot({ clip: MAP_CLIP });
		saveArtifact('routes-area.png', await page.screenshot());
		// The drawn outline (blue, 0 114 178) is on the map.
		expect(countColour(shot, '#0072b2')).toBeGreaterThan(MIN_ROUTE_PIXELS);
	}, 60_000);
});
