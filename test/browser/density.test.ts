import { readFileSync } from 'node:fs';
import type { Polygon, MultiPolygon } from 'geojson';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DensityResponse, DensityUnitJson } from '../../server/contract/density';
import type { LayerCollection } from '../../server/contract/layers';
import { polygonLabelPoint } from '$geo/polygon-label-point';
import { hexToRgba, LEVEL_COLORS, LEVEL_KEYS, levelKey } from '../../web/src/map/colors';
import { DENSITY_FILL_ALPHA, DENSITY_NO_DATA_ALPHA } from '../../web/src/map/layers/density';
import type {} from '../../web/src/map/test-hook';
import { openDashboard, type DashboardSession } from './helpers/dashboard-session';
import { andWaitReady, project } from './helpers/map-page';
import { blend, colorAt, colorDistance } from './helpers/pixel-color';
import { countDifferentPixels, saveArtifact } from './helpers/pixels';

/** The map area no panel covers at 1280×800 (left panel ends at x≈312, legend starts x≈1018). */
const MAP_CLIP = { x: 330, y: 60, width: 680, height: 470 };
/** A choropleth over the whole town changes far more pixels than any single point layer. */
const MIN_CHANGED_PIXELS = 20_000;
/** Per-channel slack between the expected blend and the screenshot (antialiasing, rounding). */
const COLOR_TOLERANCE = 14;
const SUMMER = { from: '2025-06-01', to: '2025-08-31' };

/** Only zone outlines under the choropleth, so pixels at a zone's label point are its fill. */
let session: DashboardSession;
let page: Page;
let offShot: Buffer;
let target: { unit: DensityUnitJson; x: number; y: number };

const api = <T>(path: string) => session.api<T>(path);

/** What a level's fill looks like over `under` (deck.gl blends with straight alpha). */
function blended(level: (typeof LEVEL_KEYS)[number], under: number[]): number[] {
	const alpha = level === 'none' ? DENSITY_NO_DATA_ALPHA : DENSITY_FILL_ALPHA;
	return blend(hexToRgba(LEVEL_COLORS[level].fill), alpha, under);
}

const distance = colorDistance;

beforeAll(async () => {
	session = await openDashboard('/?layers=zones');
	page = session.page;
}, 180_000);

afterAll(() => session?.close());

describe('density mode in the browser', () => {
	it('draws the mosquito choropleth for summer 2025 by community, kept in the URL', async () => {
		offShot = await page.screenshot();
		const offClip = await page.screenshot({ clip: MAP_CLIP });
		await andWaitReady(page, () => page.getByTestId('density-toggle').check());
		await andWaitReady(page, () =>
			page.locator('input[name="density-pest"][value="mosquito"]').check({ force: true })
		);
		await andWaitReady(page, () => page.getByTestId('density-period').selectOption('summer'));
		const params = new URL(page.url()).searchParams;
		expect(params.get('density')).toBe('1');
		expect(params.get('dpest')).toBe('mosquito');
		expect(params.get('dperiod')).toBe('summer');
		expect(params.has('dby')).toBe(false);

		const onShot = await page.screenshot();
		saveArtifact('density-off.png', offShot);
		saveArtifact('density-on.png', onShot);
		const changed = countDifferentPixels(
			offClip,
			await page.screenshot({ clip: MAP_CLIP }),
			'density-diff.png'
		);
		expect(changed).toBeGreaterThan(MIN_CHANGED_PIXELS);

		const legend = page.getByTestId('density-legend');
		expect(await legend.textContent()).toContain('蚊密度控制水平');
	}, 90_000);

	it("fills a zone in its level's palette colour at its label point", async () => {
		const [density, zones] = await Promise.all([
			api<DensityResponse>(
				`/api/density?pest=mosquito&by=zone&from=${SUMMER.from}&to=${SUMMER.to}`
			),
			api<LayerCollection<'zones'>>('/api/layers/zones')
		]);
		const candidates: (typeof target)[] = [];
		for (const unit of density.units) {
			const zone = zones.features.find((f) => f.properties.id === unit.id);
			const point = zone && polygonLabelPoint(zone.geometry as Polygon | MultiPolygon);
			if (!point || unit.level === null) continue;
			const [x, y] = await project(page, point);
			const inside =
				x > MAP_CLIP.x + 30 &&
				x < MAP_CLIP.x + MAP_CLIP.width - 30 &&
				y > MAP_CLIP.y + 30 &&
				y < MAP_CLIP.y + MAP_CLIP.height - 30;
			if (inside) candidates.push({ unit, x, y });
		}
		// A failing zone if one is in view: the colour a leader looks for first.
		target = candidates.find((c) => c.unit.level === 'FAIL') ?? candidates[0];
		expect(target).toBeDefined();
		const level = levelKey(target.unit.level);
		const under = colorAt(offShot, target.x, target.y);
		const seen = colorAt(await page.screenshot(), target.x, target.y);
		const expected = blended(level, under);
		expect(
			distance(seen, expected),
			`${target.unit.name} ${level}: ${seen} vs ${expected}`
		).toBeLessThan(COLOR_TOLERANCE);
		const nearest = [...LEVEL_KEYS].sort(
			(a, b) => distance(seen, blended(a, under)) - distance(seen, blended(b, under))
		)[0];
		expect(nearest).toBe(level);
	});

	it('names the zone, its level and its indicators on hover', async () => {
		await page.mouse.move(target.x, target.y);
		const tooltip = page.locator('[role="tooltip"]');
		await expect.poll(() => tooltip.textContent()).toContain(target.unit.name);
		expect(await tooltip.textContent()).toContain(
			target.unit.level === 'FAIL' ? '不达标' : `${target.unit.level} 级`
		);
		expect(await tooltip.textContent()).toMatch(/路径法/);
		saveArtifact('density-hover.png', await page.screenshot());
	});

	it('opens the zone panel with the level the API gives, and a chart with the C limit', async () => {
		await page.mouse.click(target.x, target.y);
		const panel = page.getByTestId('density-panel');
		await panel.waitFor();
		expect(await panel.locator('h2').textContent()).toBe(target.unit.name);
		const badge = panel.locator('.overall [data-level]');
		expect(await badge.getAttribute('data-level')).toBe(levelKey(target.unit.level));
		const label = target.unit.level === 'FAIL' ? '不达标' : `${target.unit.level} 级`;
		expect(await badge.textContent()).toBe(label);
		for (const ind of target.unit.indicators) {
			expect(await panel.locator(`li[data-method="${ind.method}"]`).count()).toBe(1);
		}
		const chart = panel.getByTestId('density-chart');
		await chart.waitFor();
		expect(await chart.locator('path.line').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
		expect(await chart.locator('[data-limit="C"] line').count()).toBe(1);
		expect(await chart.locator('[data-limit="C"] text').textContent()).toMatch(/^C /);
		expect(await chart.locator('title').first().textContent()).toContain(target.unit.name);
		await andWaitReady(page, () => page.locator('input[data-layer="labels"]').check());
		saveArtifact('density-panel.png', await page.screenshot());
	}, 60_000);

	it('lists every unit in a table sorted by level both ways, and flies to a clicked row', async () => {
		await page.getByTestId('density-table-toggle').click();
		const table = page.getByTestId('density-table');
		await table.waitFor();
		const levels = () =>
			table
				.locator('tbody tr td:nth-child(2) [data-level]')
				.evaluateAll((els) => els.map((el) => el.getAttribute('data-level')));
		const severity = { none: 0, A: 1, B: 2, C: 3, FAIL: 4 } as Record<string, number>;
		const worstFirst = (await levels()).map((l) => severity[l!]);
		expect(worstFirst.length).toBe(15);
		expect(worstFirst).toEqual([...worstFirst].sort((a, b) => b - a));
		await table.locator('th[data-sort-key="level"] button').click();
		expect(await table.locator('th[data-sort-key="level"]').getAttribute('aria-sort')).toBe(
			'ascending'
		);
		const bestFirst = (await levels()).map((l) => severity[l!]);
		expect(bestFirst).toEqual([...bestFirst].sort((a, b) => a - b));
		await table.locator('th[data-sort-key="level"] button').click();
		expect((await levels())[0]).toBe('FAIL');

		const row = table.locator('tbody tr').nth(1);
		const name = await row.locator('th').textContent();
		await andWaitReady(page, () => row.click());
		expect(await page.getByTestId('density-panel').locator('h2').textContent()).toBe(name);
		saveArtifact('density-table.png', await page.screenshot());
	}, 60_000);

	it('downloads the table as CSV with Chinese headers', async () => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('density-export-csv').click()
		]);
		expect(download.url()).toContain('lang=zh-CN');
		expect(download.url()).toContain(`from=${SUMMER.from}`);
		const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
		const header = text.split(/\r?\n/)[0];
		expect(header.startsWith('编号,名称,')).toBe(true);
		expect(header).toMatch(/控制水平/);
		expect(header).not.toMatch(/[A-Za-z]{3,}/);
	}, 60_000);

	it('reads date pickers as a Chinese browser does, and switches the panel to English', async () => {
		await andWaitReady(page, () => page.getByTestId('density-period').selectOption('custom'));
		const from = page.getByTestId('density-from');
		expect(await from.inputValue()).toBe(SUMMER.from);
		expect(await page.getByTestId('density-to').inputValue()).toBe(SUMMER.to);
		expect(await from.evaluate((el) => navigator.language)).toBe('zh-CN');
		await page.getByRole('button', { name: 'English' }).click();
		await expect.poll(() => page.textContent('#density-heading')).toBe('Control levels');
		expect(await page.getByTestId('density-export-csv').getAttribute('href')).toContain('lang=en');
		saveArtifact('density-en.png', await page.screenshot());
	}, 60_000);
});
