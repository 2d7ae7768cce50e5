import { latLngToCell } from 'h3-js';
import type { FeatureCollection, Point } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { copyOffset, scaleTown } from '../../../server/ingest/scale-town';
import { createMiniTownStore } from '../../helpers/mini-town';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';

type Counts = Record<string, number>;
const TABLES = ['zones', 'road_segments', 'blind_spots', 'surveys', 'cases', 'case_history'];

async function counts(db: Database): Promise<Counts> {
	const out: Counts = {};
	for (const t of TABLES)
		out[t] = (await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${t}`))[0].n;
	return out;
}

let db: Database;
let app: TestApp;
let before: Counts;
let step: { dx: number; dy: number };
beforeAll(async () => {
	db = await createMiniTownStore();
	before = await counts(db);
	step = (await scaleTown(db, { scale: 2 })).step;
	app = createTestApp({ db, version: 'scale-test' });
});
afterAll(async () => db.close());

describe('npm run seed -- --scale 2 (issue 18 part 5)', () => {
	it('doubles the zones, roads, blind spots, surveys and cases exactly', async () => {
		const after = await counts(db);
		for (const t of TABLES) expect(after[t], t).toBe(2 * before[t]);
	});

	it('puts the copy beside the town, named and numbered as its second town', async () => {
		// Mini town: 8 zones; copy 1 sits one step east (a grid 2 towns wide).
		expect(copyOffset(1, 2, step)).toEqual({ dx: step.dx, dy: 0 });
		const [c01, copy] = await db.query<{
			id: string;
			name: string;
			parent_id: string;
			minx: number;
		}>(`SELECT id, name, parent_id, minx FROM zones WHERE id IN ('c01', 'c01-t1') ORDER BY id`);
		expect(copy).toMatchObject({ id: 'c01-t1', name: `${c01.name}·1`, parent_id: 'town-t1' });
		expect(copy.minx).toBeCloseTo(c01.minx + step.dx, 6);
		// Copies do not overlap: the step is wider than the town.
		const [extent] = await db.query<{ w: number; e: number }>(
			`SELECT min(minx) AS w, max(maxx) AS e FROM zones WHERE NOT ends_with(id, '-t1')`
		);
		expect(step.dx).toBeGreaterThan(extent.e - extent.w);
	});

	it('stores H3 cells of each moved point as h3-js computes them, and each lies in its zone', async () => {
		const rows = await db.query<{
			lng: number;
			lat: number;
			h3_r7: string;
			h3_r8: string;
			h3_r9: string;
			h3_r10: string;
			inside: boolean | null;
		}>(
			`SELECT s.lng, s.lat, s.h3_r7, s.h3_r8, s.h3_r9, s.h3_r10,
			        s.lng BETWEEN z.minx AND z.maxx AND s.lat BETWEEN z.miny AND z.maxy AS inside
			 FROM (SELECT lng, lat, h3_r7, h3_r8, h3_r9, h3_r10, zone_id FROM surveys
			       UNION ALL SELECT lng, lat, h3_r7, h3_r8, h3_r9, h3_r10, zone_id FROM blind_spots) s
			 LEFT JOIN zones z ON z.id = s.zone_id`
		);
		expect(rows.length).toBe(2 * (before.surveys + before.blind_spots));
		expect(rows.filter((r) => r.inside).length).toBeGreaterThan(rows.length / 2);
		for (const r of rows) {
			expect(r.inside).not.toBe(false); // null: outside every zone, as in the original
			for (const res of [7, 8, 9, 10] as const)
				expect(r[`h3_r${res}`]).toBe(latLngToCell(r.lat, r.lng, res));
		}
	});

	it('keeps the app working: health counts and a layer request on the copy', async () => {
		const health = await (await app.request('/api/health')).json();
		expect(health.counts).toEqual({
			zones: 2 * before.zones,
			roads: 2 * before.road_segments,
			blindspots: 2 * before.blind_spots,
			surveys: 2 * before.surveys
		});
		const meta = await (await app.request('/api/meta')).json();
		const [w, s, e, n] = meta.bbox as number[];
		// The copy's half of the extent holds exactly the copied surveys.
		const res = await app.request(`/api/layers/surveys?bbox=${(w + e) / 2},${s},${e},${n}`);
		expect(res.status).toBe(200);
		const body = (await res.json()) as FeatureCollection<Point>;
		expect(body.features).toHaveLength(before.surveys);
		expect(body.features.every((f) => String(f.id).endsWith('-t1'))).toBe(true);
	});
});
