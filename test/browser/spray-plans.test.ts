import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_COLORS } from '../../web/src/pages/spray-plans/route-format';
import { openDashboard, type DashboardSession } from './helpers/dashboard-session';
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

		await stops.first().getByRole('button', { name: '完成' }).click();
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
		const pdf = await team.pdf({ format: 'A4' });
		const pdfPath = join(ARTIFACTS_DIR, 'team-route.pdf');
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
				join(ARTIFACTS_DIR, 'team-route-print')
			]);
	}, 120_000);

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
