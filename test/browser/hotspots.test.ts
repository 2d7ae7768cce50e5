import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HotspotCollection, PriorityResponse } from '../../server/contract/hotspots';
import { cellCentre, formatCellPolygon } from '$geo/h3-cells';
import { hexToRgba } from '../../web/src/map/colors';
import {
	HOTSPOT_BIN_COLORS,
	HOTSPOT_BINS,
	HOTSPOT_FILL_ALPHA,
	HOTSPOT_NEUTRAL_ALPHA
} from '../../web/src/map/hotspot-colors';
import type {} from '../../web/src/map/test-hook';
import { openDashboard, type DashboardSession } from './helpers/dashboard-session';
import { andWaitReady, project, readyCount, waitMapReady } from './helpers/map-page';
import { blend, colorAt, colorDistance, darkestNear } from './helpers/pixel-color';
import { countDifferentPixels, saveArtifact } from './helpers/pixels';

/** The map area no panel covers at 1280×800 (left panel ends at x≈312, legend starts x≈1018). */
const MAP_CLIP = { x: 330, y: 60, width: 680, height: 470 };
/** Hexagons over the whole town change many pixels; a stray label or point changes a few hundred. */
const MIN_CHANGED_PIXELS = 5_000;
const COLOR_TOLERANCE = 16;
/** The default period ("this year") of the demo town, whose data end on 2025-12-31. */
const YEAR = { from: '2025-01-01', to: '2025-12-31' };

let session: DashboardSession;
let page: Page;
let offShot: Buffer;
let hexShot: Buffer;
let hot: { h3: string; name: string; x: number; y: number };

const binBlend = (bin: number, under: number[]) =>
	blend(
		hexToRgba(HOTSPOT_BIN_COLORS[bin as 3]),
		bin === 0 ? HOTSPOT_NEUTRAL_ALPHA : HOTSPOT_FILL_ALPHA,
		under
	);
const inClip = (x: number, y: number, margin: number) =>
	x > MAP_CLIP.x + margin &&
	x < MAP_CLIP.x + MAP_CLIP.width - margin &&
	y > MAP_CLIP.y + margin &&
	y < MAP_CLIP.y + MAP_CLIP.height - margin;

beforeAll(async () => {
	session = await openDashboard('/?layers=zones');
	page = session.page;
}, 180_000);

afterAll(() => session?.close());

describe('hot-spot mode in the browser', () => {
	it('draws Gi* hexagons when turned on, kept in the URL', async () => {
		offShot = await page.screenshot();
		const offClip = await page.screenshot({ clip: MAP_CLIP });
		await andWaitReady(page, () => page.getByTestId('hotspot-toggle').check());
		expect(new URL(page.url()).searchParams.get('hotspots')).toBe('1');
		expect(new URL(page.url()).searchParams.has('hres')).toBe(false);
		hexShot = await page.screenshot();
		saveArtifact('hotspots-off.png', offShot);
		saveArtifact('hotspots-on.png', hexShot);
		const changed = countDifferentPixels(
			offClip,
			await page.screenshot({ clip: MAP_CLIP }),
			'hotspots-diff.png'
		);
		expect(changed).toBeGreaterThan(MIN_CHANGED_PIXELS);
		const legend = page.getByTestId('hotspot-legend');
		expect(await legend.textContent()).toContain('99 % 热点');
		expect(await legend.textContent()).toContain('99 % 冷点');
		const hotCount = await legend.locator('li[data-bin="3"] .count').textContent();
		expect(Number(hotCount?.replace(/\D/g, ''))).toBeGreaterThan(0);
	}, 90_000);

	it('fills the hottest visible cell in the palette’s 99 % red', async () => {
		const cells = await session.api<HotspotCollection>(
			`/api/hotspots?subject=blindspots&res=9&k=1&fdr=false&from=${YEAR.from}&to=${YEAR.to}`
		);
		const byZ = cells.features
			.filter((f) => f.properties.bin === 3)
			.sort((a, b) => (b.properties.z ?? 0) - (a.properties.z ?? 0));
		for (const f of byZ) {
			const [x, y] = await project(page, cellCentre(f.properties.h3));
			if (inClip(x, y, 20)) {
				hot = { h3: f.properties.h3, name: f.properties.name ?? f.properties.h3, x, y };
				break;
			}
		}
		expect(hot, 'a 99 % hot cell inside the map area').toBeDefined();
		const under = colorAt(offShot, hot.x, hot.y);
		const seen = colorAt(hexShot, hot.x, hot.y);
		const expected = binBlend(3, under);
		expect(colorDistance(seen, expected), `${seen} vs ${expected}`).toBeLessThan(COLOR_TOLERANCE);
		const nearest = [...HOTSPOT_BINS].sort(
			(a, b) => colorDistance(seen, binBlend(a, under)) - colorDistance(seen, binBlend(b, under))
		)[0];
		expect(nearest).toBe(3);
	});

	it('shows value, z, p and confidence on hover', async () => {
		await page.mouse.move(hot.x, hot.y);
		const tooltip = page.locator('[role="tooltip"]');
		await expect.poll(() => tooltip.textContent()).toContain('99 % 热点');
		const text = (await tooltip.textContent()) ?? '';
		expect(text).toMatch(/z 值\s*\d+\.\d+/);
		expect(text).toMatch(/p 值\s*(< )?0\.\d+/);
		expect(text).toContain('置信度99 %');
		// Named by its community (issue 11 item 14); the H3 id only outside every zone.
		expect(text).toContain(hot.name);
		saveArtifact('hotspots-hover.png', await page.screenshot());
		await page.mouse.move(5, 790);
	});

	it('draws a kernel density heat map of the blind spots instead of the hexagons', async () => {
		const hexagons = await page.screenshot({ clip: MAP_CLIP });
		await andWaitReady(page, () => page.getByTestId('hotspot-kde').check());
		expect(new URL(page.url()).searchParams.get('hkde')).toBe('1');
		await page.getByTestId('heatmap-legend').waitFor();
		const changed = countDifferentPixels(
			hexagons,
			await page.screenshot({ clip: MAP_CLIP }),
			'hotspots-heatmap-diff.png'
		);
		expect(changed).toBeGreaterThan(MIN_CHANGED_PIXELS);
		saveArtifact('hotspots-heatmap.png', await page.screenshot());
		await andWaitReady(page, () => page.getByTestId('hotspot-kde').uncheck());
	}, 60_000);

	it('lists priorities with reason chips and flies to a clicked row, outlining its cell', async () => {
		const api = await session.api<PriorityResponse>(
			`/api/priorities?from=${YEAR.from}&to=${YEAR.to}&limit=30`
		);
		await page.getByTestId('priority-toggle').click();
		const list = page.getByTestId('priority-list');
		const first = list.locator('tbody tr').first();
		await first.waitFor();
		expect(await first.getAttribute('data-h3')).toBe(api.priorities[0].h3);
		expect(await list.locator('tbody tr').count()).toBe(api.priorities.length);
		const chips = await first.locator('.chip').allTextContents();
		expect(chips.length).toBe(api.priorities[0].reasons.length);
		expect(chips.join(' ')).toMatch(/热点 99 %|近30天 \d+ 起|重复 \d+ 次|逾期未结 \d+ 件/);
		const csv = await page.getByTestId('priority-export-csv').getAttribute('href');
		expect(csv).toContain('format=csv');
		expect(csv).toContain('lang=zh-CN');

		const before = await readyCount(page);
		const centreBefore = await project(page, api.priorities[0].centre);
		await first.click();
		await waitMapReady(page, before);
		expect(await readyCount(page)).toBeGreaterThan(before);
		expect(await first.getAttribute('class')).toContain('selected');
		const centreAfter = await project(page, api.priorities[0].centre);
		expect(
			Math.hypot(centreAfter[0] - centreBefore[0], centreAfter[1] - centreBefore[1])
		).toBeGreaterThan(20);

		const shot = await page.screenshot();
		saveArtifact('hotspots-priority.png', shot);
		const ring = formatCellPolygon(api.priorities[0].h3).coordinates[0] as [number, number][];
		let dark = 0;
		for (let i = 0; i < ring.length - 1; i++) {
			const mid: [number, number] = [
				(ring[i][0] + ring[i + 1][0]) / 2,
				(ring[i][1] + ring[i + 1][1]) / 2
			];
			const [x, y] = await project(page, mid);
			if (Math.max(...darkestNear(shot, x, y)) < 70) dark++;
		}
		expect(dark, 'edges of the highlighted cell drawn dark').toBeGreaterThanOrEqual(5);
	}, 60_000);

	it('ranks the 十路一区 segments worst first and colours the roads by rate', async () => {
		await andWaitReady(page, () => page.getByTestId('hotspot-roads').check());
		await page.getByTestId('road-rate-legend').waitFor();
		await page.getByTestId('road-table-toggle').click();
		const table = page.getByTestId('road-table');
		const rows = table.locator('tbody tr');
		await rows.first().waitFor();
		const groups = await rows.evaluateAll((els) =>
			els.map((el) => el.getAttribute('data-key-group'))
		);
		expect(groups.length).toBeGreaterThan(5);
		expect(new Set(groups)).toEqual(new Set(['十路一区']));
		const rates = await table
			.locator('tbody tr td:nth-child(3)')
			.evaluateAll((els) => els.map((el) => Number(el.textContent)));
		expect(rates).toEqual([...rates].sort((a, b) => b - a));
		expect(await page.getByTestId('road-export-xlsx').getAttribute('href')).toContain(
			'keyGroup=%E5%8D%81%E8%B7%AF%E4%B8%80%E5%8C%BA'
		);
		await andWaitReady(page, () => rows.first().click());
		saveArtifact('hotspots-roads.png', await page.screenshot());
		await page.locator('button[data-tab="all"]').click();
		await expect.poll(() => rows.count()).toBeGreaterThan(groups.length);
	}, 60_000);

	it('warns when too few cells make Gi* unreliable, and analyses a pest index', async () => {
		await andWaitReady(page, () => page.getByTestId('hotspot-res').selectOption('7'));
		const warning = page.getByTestId('hotspot-warning');
		await expect.poll(() => warning.textContent()).toContain('少于 30 个格');
		expect(new URL(page.url()).searchParams.get('hres')).toBe('7');
		saveArtifact('hotspots-warning.png', await page.screenshot());
		await andWaitReady(page, () => page.getByTestId('hotspot-res').selectOption('9'));
		expect(await warning.count()).toBe(0);

		await andWaitReady(page, () => page.getByTestId('hotspot-subject').selectOption('pest'));
		expect(await page.getByTestId('hotspot-method').inputValue()).toBe('rat.indoor_signs');
		const legend = page.getByTestId('hotspot-legend');
		expect(await legend.locator('h3').textContent()).toContain('病媒密度');
		const params = new URL(page.url()).searchParams;
		expect(params.get('hsub')).toBe('pest');
		expect(params.has('hmethod')).toBe(false);
		saveArtifact('hotspots-pest.png', await page.screenshot());
		await andWaitReady(page, () => page.getByTestId('hotspot-subject').selectOption('blindspots'));
	}, 60_000);

	it('names the legend in English, and gives way to density mode', async () => {
		await page.getByRole('button', { name: 'English' }).click();
		const legend = page.getByTestId('hotspot-legend');
		await expect.poll(() => legend.textContent()).toContain('Hot 99 %');
		expect(await legend.textContent()).toContain('Cold 99 %');
		expect(await page.getByTestId('road-export-csv').getAttribute('href')).toContain('lang=en');
		saveArtifact('hotspots-en.png', await page.screenshot());
		await andWaitReady(page, () => page.getByTestId('density-toggle').check());
		expect(await page.getByTestId('hotspot-toggle').isChecked()).toBe(false);
		const params = new URL(page.url()).searchParams;
		expect(params.get('density')).toBe('1');
		expect(params.has('hotspots')).toBe(false);
		expect(await legend.count()).toBe(0);
	}, 60_000);
});
