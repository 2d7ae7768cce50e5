import { afterEach, describe, expect, it } from 'vitest';
import { latLngToCell } from 'h3-js';
import type { Database } from '../../../server/db/database';
import { loadDataset } from '../../../server/ingest/load-dataset';
import {
	createEmptyStore,
	createMiniTownDataset,
	createMiniTownStore
} from '../../helpers/mini-town';

let db: Database;
afterEach(async () => db?.close());

describe('loadDataset', () => {
	it('enriches each point with its community, grid, H3 cells and nearest road', async () => {
		db = await createMiniTownStore();
		const [b1] = await db.query(
			`SELECT zone_id, grid_id, h3_r7, h3_r9, h3_r10, segment_id, segment_distance_m FROM blind_spots WHERE id = 'B0001'`
		);
		expect(b1).toMatchObject({
			zone_id: 'c01',
			grid_id: 'c01-g01',
			h3_r7: latLngToCell(22.9541, 113.0831, 7),
			h3_r9: latLngToCell(22.9541, 113.0831, 9),
			h3_r10: latLngToCell(22.9541, 113.0831, 10),
			segment_id: 'r01-s01'
		});
		// 中山路 runs at about 22.9550–22.9551 here: roughly 100–110 m north of the point.
		expect(b1.segment_distance_m).toBeGreaterThan(95);
		expect(b1.segment_distance_m).toBeLessThan(115);
	});

	it('leaves zone, grid and road empty for a point outside the town', async () => {
		db = await createMiniTownStore();
		const [b5] = await db.query(
			`SELECT zone_id, grid_id, segment_id FROM blind_spots WHERE id = 'B0005'`
		);
		expect(b5).toEqual({ zone_id: null, grid_id: null, segment_id: null });
	});

	it('counts a re-report of the same place as a recurrence', async () => {
		db = await createMiniTownStore();
		const rows = await db.query<{ id: string; recurrence: number }>(
			'SELECT id, recurrence FROM blind_spots ORDER BY id'
		);
		expect(Object.fromEntries(rows.map((r) => [r.id, r.recurrence]))).toEqual({
			B0001: 1,
			B0002: 2,
			B0003: 1,
			B0004: 1,
			B0005: 1
		});
	});

	it('stores road length in metres and keeps key-group membership', async () => {
		db = await createMiniTownStore();
		const [road] = await db.query(
			`SELECT length_m, key_group FROM road_segments WHERE id = 'r01-s02'`
		);
		// 0.01° of longitude at 22.955° N is about 1025 m.
		expect(road.length_m).toBeGreaterThan(1020);
		expect(road.length_m).toBeLessThan(1030);
		expect(road.key_group).toBe('十路一区');
	});

	it('writes nothing when any row fails: the whole load is one transaction', async () => {
		db = await createEmptyStore();
		const data = createMiniTownDataset();
		data.surveys.push({ ...data.surveys[0] }); // duplicate primary key, last table but one
		await expect(loadDataset(db, data)).rejects.toThrow(/[Dd]uplicate key|PRIMARY KEY|constraint/);
		const [counts] = await db.query(
			'SELECT (SELECT count(*) FROM zones) AS z, (SELECT count(*) FROM blind_spots) AS b, (SELECT count(*) FROM surveys) AS s'
		);
		expect(counts).toEqual({ z: 0, b: 0, s: 0 });
	});
});
