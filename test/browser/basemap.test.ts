import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LayerCollection } from '../../server/contract/layers';
import { wgs84ToGcj02, type LngLat } from '$geo/crs';
import type {} from '../../web/src/map/test-hook';
import { openDashboard, type DashboardSession } from './helpers/dashboard-session';
import { andWaitReady, project, waitMapReady } from './helpers/map-page';
import { findIsolatedBlindSpot } from './helpers/pick-target';
import { saveArtifact } from './helpers/pixels';

/** The map area no panel covers at 1280×800 (as in dashboard.test.ts). */
const MAP_CLIP = { x: 330, y: 60, width: 680, height: 470 };
const MAP = '[data-map-ready]';
/** At Foshan GCJ-02 lies a few hundred metres from WGS-84; less means nothing was shifted. */
const MIN_GCJ02_OFFSET_M = 200;
const MAX_GCJ02_OFFSET_M = 1000;
/** A shifted point must land this far from the raw one on screen to tell the two apart. */
const MIN_SCREEN_SHIFT_PX = 12;

let session: DashboardSession;
let page: Page;
let target: { id: string; lngLat: LngLat };

/** Metres between two nearby coordinates (equirectangular; plenty at this scale). */
function metresBetween([a, b]: LngLat, [c, d]: LngLat): number {
	const k = (Math.PI / 180) * 6_371_008;
	return Math.hypot((c - a) * k * Math.cos(((b + d) / 2) * (Math.PI / 180)), (d - b) * k);
}

/** The id in the details panel after clicking at a page point, or null when none opens. */
async function clickedId(point: [number, number]): Promise<string | null> {
	await page.mouse.click(point[0], point[1]);
	const details = page.locator('[data-testid="details-panel"]');
	await page.waitForTimeout(300);
	if (!(await details.isVisible())) return null;
	const text = (await details.textContent()) ?? '';
	return text.includes(target.id) ? target.id : text;
}

async function choose(id: string): Promise<void> {
	await andWaitReady(page, () => page.click(`input[data-basemap-option="${id}"]`));
	expect(await page.getAttribute(MAP, 'data-basemap')).toBe(id);
}

beforeAll(async () => {
	session = await openDashboard('/');
	page = session.page;
	// No test uses remote tiles: everything but the local server is refused.
	await page.route('**/*', (r) =>
		new URL(r.request().url()).hostname === '127.0.0.1' ? r.continue() : r.abort()
	);
	const [blindspots, pois] = await Promise.all([
		session.api<LayerCollection<'blindspots'>>('/api/layers/blindspots'),
		session.api<LayerCollection<'pois'>>('/api/layers/pois')
	]);
	const picked = await findIsolatedBlindSpot(page, blindspots, pois, MAP_CLIP);
	const feature = blindspots.features.find((f) => f.properties.id === picked.id)!;
	target = { id: picked.id, lngLat: (feature.geometry as GeoJSON.Point).coordinates as LngLat };
}, 180_000);

afterAll(() => session?.close());

describe('basemaps', () => {
	it('starts on the offline basemap with no tile URLs and no attribution', async () => {
		expect(await page.getAttribute(MAP, 'data-basemap')).toBe('offline');
		expect(await page.getAttribute(MAP, 'data-basemap-sources')).toBe('');
		expect(await page.locator('.maplibregl-ctrl-attrib').count()).toBe(0);
		expect(await page.textContent('#basemap-heading')).toBe('底图');
	});

	it('switches to OpenStreetMap: its tile template and attribution, data still drawn', async () => {
		await choose('osm');
		const sources = (await page.getAttribute(MAP, 'data-basemap-sources')) ?? '';
		expect(sources.split(' ')).toEqual(['https://tile.openstreetmap.org/{z}/{x}/{y}.png']);
		await expect
			.poll(() => page.locator('.maplibregl-ctrl-attrib').textContent())
			.toContain('© OpenStreetMap contributors');
		expect(page.url()).toContain('basemap=osm');
		saveArtifact('basemap-osm.png', await page.screenshot());
		expect(await clickedId(await project(page, target.lngLat))).toBe(target.id);
	}, 60_000);

	it('over AMap draws the blind spot at its GCJ-02 position and picks it there', async () => {
		await choose('amap');
		const sources = (await page.getAttribute(MAP, 'data-basemap-sources')) ?? '';
		expect(sources).toContain('webrd01.is.autonavi.com/appmaptile');
		await expect
			.poll(() => page.locator('.maplibregl-ctrl-attrib').textContent())
			.toContain('高德地图');
		const gcj02 = wgs84ToGcj02(target.lngLat);
		const offset = metresBetween(target.lngLat, gcj02);
		expect(offset).toBeGreaterThan(MIN_GCJ02_OFFSET_M);
		expect(offset).toBeLessThan(MAX_GCJ02_OFFSET_M);
		const raw = await project(page, target.lngLat);
		const shifted = await project(page, gcj02);
		expect(Math.hypot(shifted[0] - raw[0], shifted[1] - raw[1])).toBeGreaterThan(
			MIN_SCREEN_SHIFT_PX
		);
		saveArtifact('basemap-amap.png', await page.screenshot());
		expect(await clickedId(shifted)).toBe(target.id);
		expect(await clickedId(raw)).not.toBe(target.id);
	}, 60_000);

	it('restores AMap from ?basemap=amap on reload', async () => {
		const url = new URL(page.url());
		expect(url.searchParams.get('basemap')).toBe('amap');
		await page.goto(url.toString());
		await waitMapReady(page, 0, 60_000);
		expect(await page.getAttribute(MAP, 'data-basemap')).toBe('amap');
		expect(await page.isChecked('input[data-basemap-option="amap"]')).toBe(true);
		const shifted = await project(page, wgs84ToGcj02(target.lngLat));
		expect(await clickedId(shifted)).toBe(target.id);
		saveArtifact('basemap-amap-reloaded.png', await page.screenshot());
	}, 90_000);

	it('back on 离线底图 the blind spot is at its stored position again', async () => {
		await choose('offline');
		expect(page.url()).not.toContain('basemap=');
		expect(await page.locator('.maplibregl-ctrl-attrib').count()).toBe(0);
		const raw = await project(page, target.lngLat);
		const shifted = await project(page, wgs84ToGcj02(target.lngLat));
		expect(await clickedId(raw)).toBe(target.id);
		expect(await clickedId(shifted)).not.toBe(target.id);
		saveArtifact('basemap-offline-again.png', await page.screenshot());
	}, 60_000);
});
