import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
	CompareResponse,
	EmergingResponse,
	OverviewResponse,
	SeriesResponse,
	SprayingResponse
} from '../../web/src/api/comparison';
import { LEVEL_KEYS } from '../../web/src/map/colors';
import { EMERGING_COLORS } from '../../web/src/pages/compare/emerging-categories';
import { openDashboard, type DashboardSession } from './helpers/dashboard-session';
import { ARTIFACTS_DIR, countDifferentPixels, saveArtifact } from './helpers/pixels';

/** A choropleth over the whole town changes far more pixels than labels or a scale bar. */
const MIN_CHANGED_PIXELS = 20_000;
/** Hexagons over a few spots of the town: more than antialiasing noise, fewer than a choropleth. */
const MIN_HEX_PIXELS = 1_500;
/** How far B's centre may lie from A's after syncing, in degrees (~50 m in the demo town). */
const CENTRE_TOLERANCE = 0.0005;
/** Traffic lights of the level-change cell (CompareTable.svelte). */
const IMPROVED_BG = 'rgb(227, 244, 229)';
const WORSENED_BG = 'rgb(253, 228, 225)';

let session: DashboardSession;
let page: Page;
let clips: Record<'a' | 'b', { x: number; y: number; width: number; height: number }>;

const counts = (p: Page) =>
	p.$$eval('[data-map-ready]', (els) =>
		els.map((e) => Number(e.getAttribute('data-map-ready-count')))
	);

/** Waits until both maps are ready and each has become ready more often than `before`. */
async function waitBothReady(before: number[] = [0, 0], timeout = 60_000): Promise<void> {
	await page.waitForFunction(
		(n) => {
			const els = [...document.querySelectorAll<HTMLElement>('[data-map-ready]')];
			return (
				els.length === 2 &&
				els.every((e, i) => e.dataset.mapReady === 'true' && Number(e.dataset.mapReadyCount) > n[i])
			);
		},
		before,
		{ timeout }
	);
}

async function mapClip(side: 'a' | 'b') {
	const box = await page.getByTestId(`map-${side}`).locator('.map-box').boundingBox();
	if (!box) throw new Error(`map ${side} has no box`);
	// Inside the border, clear of the zoom buttons and scale bar in the bottom-left corner.
	return {
		x: Math.round(box.x) + 2,
		y: Math.round(box.y) + 2,
		width: Math.round(box.width) - 4,
		height: Math.round(box.height) - 90
	};
}

/** The same-sized image filled with the colour of the clip's top-left corner (bare basemap). */
function flatLike(png: Buffer): Buffer {
	const img = PNG.sync.read(png);
	const flat = new PNG({ width: img.width, height: img.height });
	const corner = img.data.subarray(4 * (img.width * 4 + 4), 4 * (img.width * 4 + 4) + 4);
	for (let i = 0; i < flat.data.length; i += 4) flat.data.set(corner, i);
	return PNG.sync.write(flat);
}

const centre = async (side: 'a' | 'b') =>
	((await page.getByTestId(`map-${side}`).getAttribute('data-center')) ?? '')
		.split(',')
		.map(Number);

async function currentQuery(): Promise<string> {
	const value = (id: string) => page.getByTestId(id).inputValue();
	const params = new URLSearchParams({
		pest: await value('compare-pest'),
		method: await value('compare-method'),
		a: await value('period-a'),
		b: await value('period-b'),
		by: 'zone'
	});
	return params.toString();
}

beforeAll(async () => {
	session = await openDashboard('/compare');
	page = session.page;
	await waitBothReady();
	await page.getByTestId('compare-table').waitFor();
	clips = { a: await mapClip('a'), b: await mapClip('b') };
}, 180_000);

afterAll(() => session?.close());

describe('split view /compare in the browser', () => {
	it('lines both map panels up side by side', async () => {
		expect(clips.a.y).toBe(clips.b.y);
		expect(clips.a.height).toBe(clips.b.height);
		expect(clips.b.x).toBeGreaterThan(clips.a.x + clips.a.width);
	});

	it('draws a choropleth on both maps, different for the two summers', async () => {
		saveArtifact('compare-zh.png', await page.screenshot());
		const shotA = await page.screenshot({ clip: clips.a });
		const shotB = await page.screenshot({ clip: clips.b });
		expect(countDifferentPixels(flatLike(shotA), shotA, 'compare-a-diff.png')).toBeGreaterThan(
			MIN_CHANGED_PIXELS
		);
		expect(countDifferentPixels(flatLike(shotB), shotB, 'compare-b-diff.png')).toBeGreaterThan(
			MIN_CHANGED_PIXELS
		);
		// Same view, different periods: zones whose level changed are coloured differently.
		expect(countDifferentPixels(shotA, shotB, 'compare-ab-diff.png')).toBeGreaterThan(2_000);
	});

	it('makes map B follow when map A is dragged', async () => {
		const [ax0, ay0] = await centre('a');
		const before = await counts(page);
		const x = clips.a.x + clips.a.width / 2;
		const y = clips.a.y + clips.a.height / 2;
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x - 160, y - 70, { steps: 12 });
		await page.mouse.up();
		await waitBothReady(before);
		await expect
			.poll(async () => {
				const [ax, ay] = await centre('a');
				const [bx, by] = await centre('b');
				return Math.max(Math.abs(ax - bx), Math.abs(ay - by));
			})
			.toBeLessThan(CENTRE_TOLERANCE);
		const [ax, ay] = await centre('a');
		expect(Math.hypot(ax - ax0, ay - ay0), 'map A moved').toBeGreaterThan(10 * CENTRE_TOLERANCE);
		saveArtifact('compare-panned.png', await page.screenshot());
	}, 60_000);

	it('lists every community and village with the API’s values and traffic lights', async () => {
		const api = await session.api<CompareResponse>(`/api/compare?${await currentQuery()}`);
		const rows = page.getByTestId('compare-table').locator('tbody tr');
		expect(api.units).toHaveLength(15);
		expect(await rows.count()).toBe(15);
		const seen = new Set<string>();
		for (let i = 0; i < 15; i++) {
			const cells = await rows.nth(i).locator('td').allTextContents();
			const unit = api.units.find((u) => u.name === cells[0].trim());
			expect(unit, cells[0]).toBeDefined();
			const fmt = (v: number | null) => (v === null ? '—' : v.toFixed(2));
			expect(cells[1].trim().startsWith(fmt(unit!.a.value))).toBe(true);
			expect(cells[2].trim().startsWith(fmt(unit!.b.value))).toBe(true);
			const change = unit!.levelChange ?? 'none';
			expect(await rows.nth(i).getAttribute('data-change')).toBe(change);
			const bg = await rows
				.nth(i)
				.locator('td.change')
				.evaluate((el) => getComputedStyle(el).backgroundColor);
			if (change === 'improved') expect(bg).toBe(IMPROVED_BG);
			else if (change === 'worsened') expect(bg).toBe(WORSENED_BG);
			else expect([IMPROVED_BG, WORSENED_BG]).not.toContain(bg);
			seen.add(change);
		}
		expect(seen).toContain('improved');
		expect(seen).toContain('worsened');
	});

	it('draws the monthly series with a dashed baseline and names its years', async () => {
		await page.getByRole('tab', { name: '时间序列' }).click();
		const pathD = await page.getByTestId('series-baseline').getAttribute('d');
		expect(pathD?.match(/L/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
		const box = await page.getByTestId('series-baseline').boundingBox();
		expect(box!.width).toBeGreaterThan(100);
		const q = new URLSearchParams(await currentQuery());
		const options = await page
			.getByTestId('period-a')
			.locator('option')
			.evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
		const allYears = [...new Set(options.filter((v) => /^\d{4}$/.test(v)))].sort();
		const series = await session.api<SeriesResponse>(
			`/api/series?pest=${q.get('pest')}&method=${q.get('method')}&years=${allYears.join(',')}`
		);
		const last = series.years.at(-1)!.year;
		const used = series.months.find((m) => m.year === last && m.baseline !== null)!.baselineYears;
		expect(used.length).toBeGreaterThan(0);
		expect(await page.getByTestId('series-baseline-note').textContent()).toContain(
			`基线：${used.join('、')} 年同月均值`
		);
		saveArtifact('compare-series.png', await page.screenshot({ fullPage: true }));
	});

	it('lists the spray rounds with the API’s verdicts', async () => {
		await page.getByRole('tab', { name: '消杀效果' }).click();
		const q = new URLSearchParams(await currentQuery());
		const api = await session.api<SprayingResponse>(
			`/api/spraying/effect?pest=${q.get('pest')}&method=${q.get('method')}`
		);
		const rows = page.getByTestId('spray-table').locator('tbody tr:not(.why)');
		await rows.first().waitFor();
		expect(api.rounds.length).toBeGreaterThan(0);
		expect(await rows.count()).toBe(api.rounds.length);
		for (const [i, round] of api.rounds.entries()) {
			expect((await rows.nth(i).locator('td').first().textContent())?.trim()).toBe(round.campaign);
			expect(await rows.nth(i).locator('[data-verdict]').getAttribute('data-verdict')).toBe(
				round.verdict
			);
		}
		saveArtifact('compare-spraying.png', await page.screenshot({ fullPage: true }));
	});

	it('draws emerging hot spot hexagons on map B only, with a legend', async () => {
		const offA = await page.screenshot({ clip: clips.a });
		const offB = await page.screenshot({ clip: clips.b });
		const before = await counts(page);
		await page.getByTestId('emerging-toggle').check();
		await page.waitForFunction(
			(n) => {
				const el = document.querySelectorAll<HTMLElement>('[data-map-ready]')[1];
				return el?.dataset.mapReady === 'true' && Number(el.dataset.mapReadyCount) > n;
			},
			before[1],
			{ timeout: 60_000 }
		);
		const api = await session.api<EmergingResponse>(
			'/api/hotspots/emerging?subject=blindspots&slice=season&res=9&k=1'
		);
		const present = new Set<string>(api.features.map((f) => f.properties.category));
		const expected = Object.keys(EMERGING_COLORS).filter((c) => present.has(c));
		const legend = page.locator('.legend [data-category]');
		await expect.poll(() => legend.count()).toBe(expected.length);
		expect(
			await legend.evaluateAll((els) => els.map((e) => e.getAttribute('data-category')))
		).toEqual(expected);
		expect(await page.locator('.legend').textContent()).toContain('持续热点');
		const onB = await page.screenshot({ clip: clips.b });
		expect(countDifferentPixels(offB, onB, 'compare-emerging-diff.png')).toBeGreaterThan(
			MIN_HEX_PIXELS
		);
		expect(
			countDifferentPixels(offA, await page.screenshot({ clip: clips.a }), 'compare-emerging-a.png')
		).toBeLessThan(200);
		saveArtifact('compare-emerging.png', await page.screenshot());
	}, 60_000);
});

describe('leader overview /overview in the browser', () => {
	it('shows the API’s level counts on the four pest cards', async () => {
		await page.goto(`${session.server.url}/overview`);
		const cards = page.getByTestId('overview-card');
		await cards.first().waitFor();
		const api = await session.api<OverviewResponse>('/api/overview');
		expect(await cards.count()).toBe(4);
		expect(api.pests).toHaveLength(4);
		for (const p of api.pests) {
			const card = page.locator(`[data-testid="overview-card"][data-pest="${p.pest}"]`);
			const now = (await card.getByTestId('count-now').allTextContents()).map(Number);
			expect(now).toEqual(LEVEL_KEYS.map((k) => p.levels[k]));
			expect(await card.getByTestId('overview-headline').textContent()).toContain(
				`不达标社区/村 ${p.levels.FAIL} 个`
			);
		}
		saveArtifact('overview-zh.png', await page.screenshot({ fullPage: true }));
	});

	it('prints on A4 landscape without the navigation, four cards in a row', async () => {
		const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
		writeFileSync(join(ARTIFACTS_DIR, 'overview.pdf'), pdf);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		await page.emulateMedia({ media: 'print' });
		const nav = page.locator('nav').first();
		expect(await nav.evaluate((el) => getComputedStyle(el.closest('header')!).display)).toBe(
			'none'
		);
		expect(await nav.isVisible()).toBe(false);
		expect(await page.getByRole('button', { name: '打印 / 导出 PDF' }).isVisible()).toBe(false);
		const tops = await page
			.getByTestId('overview-card')
			.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
		expect(new Set(tops).size).toBe(1);
		await page.emulateMedia({ media: 'screen' });
	});
});
