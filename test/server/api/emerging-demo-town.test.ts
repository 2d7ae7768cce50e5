import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridDistance, latLngToCell } from 'h3-js';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { buildDemoTown } from '../../../server/demo-town';
import { createDemoTownStore } from '../../helpers/demo-town-store';

let db: Database;
let app: TestApp;
beforeAll(async () => {
	db = await createDemoTownStore();
	app = createTestApp({ db, version: 'test' });
});
afterAll(async () => db.close());

const { dataset } = buildDemoTown(1);
type Cell = {
	properties: { h3: string; category: string; tau: number; p: number; bins: number[] };
};

async function categoriesNear(url: string, poiId: string): Promise<string[]> {
	const body = await (await app.request(url)).json();
	const poi = dataset.pois.find((p) => p.id === poiId)!;
	const centre = latLngToCell(poi.lat, poi.lng, body.meta.res);
	return (body.features as Cell[])
		.filter((f) => gridDistance(f.properties.h3, centre) <= 1)
		.map((f) => f.properties.category);
}

describe('GET /api/hotspots/emerging on the demo town (seasons 2023–2025)', () => {
	const url = '/api/hotspots/emerging?subject=blindspots&slice=season&res=9&k=2';

	it('returns one category per cell with the slices it used and no NaN', async () => {
		const res = await app.request(url);
		const text = await res.text();
		expect(res.status).toBe(200);
		expect(text).not.toContain('NaN');
		const body = JSON.parse(text);
		expect(body.meta.slices[0]).toBe('2023-spring');
		expect(body.meta.slices).toHaveLength(11);
		expect(body.features.length).toBe(body.meta.cells);
		for (const f of body.features as Cell[]) expect(f.properties.bins).toHaveLength(11);
	});

	it('marks the construction site opened in September 2024 as a consecutive (new) hot spot', async () => {
		const near = await categoriesNear(url, 'con-04');
		expect(near.some((c) => c === 'consecutive_hot' || c === 'new_hot')).toBe(true);
	});

	it('keeps the market renovated in March 2025 a long-standing hot spot, now fading', async () => {
		// Its reports halved but stayed above the town's: hot in most seasons, trend down.
		const near = await categoriesNear(url.replace('k=2', 'k=1'), 'mkt-01');
		expect(near).toContain('diminishing_hot');
		expect(near.every((c) => !c.endsWith('_cold'))).toBe(true);
	});

	it.each([
		['/api/hotspots/emerging?slice=week', 400, /slice must be month or season/],
		[
			'/api/hotspots/emerging?from=2025-01-01&to=2025-03-31&slice=season',
			400,
			/holds 0 whole season slices/
		],
		[
			'/api/hotspots/emerging?subject=pest&pest=mosquito&method=mosquito.light_trap&slice=month',
			400,
			/no cell was surveyed in every slice/
		]
	])('%s -> %i', async (path, status, message) => {
		const res = await app.request(path);
		expect(res.status).toBe(status);
		expect((await res.json()).error.message).toMatch(message);
	});
});
