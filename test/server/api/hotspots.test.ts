import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCellPolygon } from '$geo/h3-cells';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { loadDataset } from '../../../server/ingest/load-dataset';
import {
	createEmptyStore,
	createMiniTownDataset,
	createMiniTownStore
} from '../../helpers/mini-town';

let db: Database;
let app: TestApp;
beforeAll(async () => {
	db = await createMiniTownStore();
	app = createTestApp({ db, version: 'test' });
});
afterAll(async () => db.close());

const get = async (path: string) => {
	const res = await app.request(path);
	const text = await res.text();
	return { status: res.status, text, body: JSON.parse(text) };
};
type Cell = { h3: string; value: number; z: number | null; p: number | null; bin: number };
const cells = (body: { features: { properties: Cell }[] }) =>
	body.features.map((f) => f.properties);

describe('GET /api/hotspots', () => {
	it('bins blind spots over the communities and villages, empty cells as zeros', async () => {
		const { status, body, text } = await get('/api/hotspots');
		expect(status).toBe(200);
		expect(body.type).toBe('FeatureCollection');
		expect(body.meta).toMatchObject({ k: 1, res: 9, fdr: false, subject: 'blindspots' });
		expect(body.meta.cells).toBe(body.features.length);
		const values = cells(body);
		// B0001 and B0002 share a cell; B0003 and B0004 have one each; B0005 lies outside the town.
		expect(
			values
				.map((c) => c.value)
				.sort((a, b) => b - a)
				.slice(0, 4)
		).toEqual([2, 1, 1, 0]);
		expect(values.reduce((s, c) => s + c.value, 0)).toBe(4);
		expect(values.filter((c) => c.value === 0).length).toBe(values.length - 3);
		expect(text).not.toMatch(/NaN|Infinity/);
		const ring = body.features[0].geometry.coordinates[0];
		expect(ring[0]).toEqual(ring[ring.length - 1]);
	});

	it('names each cell by the community or village it lies in, as the density rows (issue 11)', async () => {
		const { body } = await get('/api/hotspots');
		const names = cells(body).map((c) => (c as Cell & { name?: string }).name ?? c.h3);
		const zones = new Set(names.map((n) => n.replace(/ #\d+$/, '')));
		expect([...zones].sort()).toEqual(['东湖社区', '西岸村']);
		expect(new Set(names).size).toBe(names.length);
		const grid = await get('/api/hotspots?zone=c01-g01');
		for (const c of cells(grid.body)) {
			expect((c as Cell & { name?: string }).name).toMatch(/^东湖社区第1网格( #\d+)?$/);
		}
	});

	it('warns that fewer than 30 cells are unreliable', async () => {
		const { body } = await get('/api/hotspots');
		expect(body.meta.cells).toBeLessThan(30);
		expect(body.meta.warning.code).toBe('few_cells');
		expect(body.meta.warning.message).toContain(`only ${body.meta.cells} cells`);
	});

	it('counts open cases only for subject=open', async () => {
		const { body } = await get('/api/hotspots?subject=open');
		expect(cells(body).reduce((s, c) => s + c.value, 0)).toBe(2);
	});

	it('filters by category and date', async () => {
		const byCategory = await get('/api/hotspots?category=exposed_garbage');
		expect(cells(byCategory.body).reduce((s, c) => s + c.value, 0)).toBe(2);
		const byDate = await get('/api/hotspots?from=2025-01-01&to=2025-12-31');
		expect(cells(byDate.body).reduce((s, c) => s + c.value, 0)).toBe(2);
	});

	it('maps a pest index over surveyed cells only: sum(count)/sum(effort)', async () => {
		const { body, text } = await get(
			'/api/hotspots?subject=pest&pest=mosquito&method=mosquito.light_trap'
		);
		// Site M01: (12 + 60) / (4 + 4) = 9 per lamp-night; the other site 8 / 4 = 2.
		expect(
			cells(body)
				.map((c) => c.value)
				.sort()
		).toEqual([2, 9]);
		// Two cells 1.3 km apart: no neighbours at k = 1, so no z, said why, never NaN.
		expect(body.features[0].properties).toMatchObject({ z: null, p: null, bin: 0 });
		expect(body.features[0].properties.reason).toBe('no_neighbours');
		expect(text).not.toMatch(/NaN|Infinity/);
	});

	it('studies one zone when asked, and a grid by its grid column', async () => {
		const zone = await get('/api/hotspots?zone=c01');
		expect(cells(zone.body).reduce((s, c) => s + c.value, 0)).toBe(2);
		expect(zone.body.meta.zone).toBe('c01');
		const grid = await get('/api/hotspots?zone=c02-g01&res=10');
		expect(grid.status).toBe(200);
		expect(grid.body.meta.res).toBe(10);
	});

	it.each(['key-core', 'town'])(
		'studies a zone that is not a community, village or grid: %s',
		async (zone) => {
			const { status, body } = await get(`/api/hotspots?zone=${zone}`);
			expect(status).toBe(200);
			expect(body.meta.cells).toBeGreaterThan(0);
		}
	);

	it('uses BH-adjusted significance with fdr=true and k rings', async () => {
		const { status, body } = await get('/api/hotspots?fdr=true&k=2&res=10');
		expect(status).toBe(200);
		expect(body.meta).toMatchObject({ fdr: true, k: 2, res: 10 });
	});

	it.each([
		['res=6', 'res'],
		['res=nine', 'res'],
		['k=0', 'k'],
		['k=6', 'k'],
		['fdr=yes', 'fdr'],
		['subject=roads', 'subject'],
		['subject=pest', 'pest'],
		['subject=pest&pest=rat', 'method'],
		['subject=pest&pest=rat&method=mosquito.light_trap', 'method'],
		['subject=pest&pest=rat&method=rat.nope', 'method'],
		['pest=rat', 'pest'],
		['subject=pest&pest=rat&method=rat.indoor_signs&category=dirty_road', 'category'],
		['category=nope', 'category'],
		['from=2025-02-30', 'from'],
		['from=2025-03-01&to=2025-02-01', 'from'],
		['colour=red', 'colour']
	])('?%s is a 400 naming %s', async (query, parameter) => {
		const { status, body } = await get(`/api/hotspots?${query}`);
		expect(status).toBe(400);
		expect(body.error.message).toContain(parameter);
	});

	it('answers an unknown zone with 404', async () => {
		const { status, body } = await get('/api/hotspots?zone=c99');
		expect(status).toBe(404);
		expect(body.error.message).toContain('c99');
	});

	it('gives the same cells and bins as ids with format=cells, the hexagon being cellToBoundary (issue 18)', async () => {
		for (const query of ['subject=blindspots&fdr=true', 'subject=open&k=2', 'zone=c01&res=10']) {
			const geo = await get(`/api/hotspots?${query}`);
			const ids = await get(`/api/hotspots?${query}&format=cells`);
			expect(ids.status).toBe(200);
			expect(Object.keys(ids.body).sort()).toEqual(['cells', 'meta']);
			expect(ids.body.meta).toEqual(geo.body.meta);
			expect(ids.body.cells).toEqual(cells(geo.body));
			for (const [i, f] of geo.body.features.entries()) {
				expect(f.geometry).toEqual(formatCellPolygon(ids.body.cells[i].h3));
			}
			expect(ids.text.length).toBeLessThan(geo.text.length / 2);
		}
	});

	it('answers survey sites as points only: format=cells with a site neighbourhood is a 400', async () => {
		const { status, body } = await get(
			'/api/hotspots?subject=pest&pest=mosquito&method=mosquito.bi&neighbourhood=knn&format=cells'
		);
		expect(status).toBe(400);
		expect(body.error.message).toContain('format=cells applies to neighbourhood=h3');
	});
});

describe('GET /api/hotspots cell cap', () => {
	let big: Database;
	beforeAll(async () => {
		big = await createEmptyStore();
		const dataset = createMiniTownDataset();
		// A village of one square degree: ~11,000 km², some 770,000 res-10 cells.
		dataset.zones.push({
			id: 'huge',
			name: '大村',
			kind: 'village',
			parentId: null,
			responsible: null,
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[112, 22],
						[113, 22],
						[113, 23],
						[112, 23],
						[112, 22]
					]
				]
			}
		});
		await loadDataset(big, dataset);
	});
	afterAll(async () => big.close());

	it('refuses more than MAX_HOTSPOT_CELLS with 422 and the limit in details', async () => {
		const res = await createTestApp({ db: big, version: 'test' }).request('/api/hotspots?res=10');
		const body = await res.json();
		expect(res.status).toBe(422);
		expect(body.error.code).toBe('too_many_cells');
		expect(body.error.details.limit).toBe(50_000);
		expect(body.error.message).toContain('res');
	});

	it('still answers the same area at a coarse resolution', async () => {
		const res = await createTestApp({ db: big, version: 'test' }).request('/api/hotspots?res=7');
		expect(res.status).toBe(200);
		expect((await res.json()).meta.cells).toBeGreaterThan(2000);
	});
});
