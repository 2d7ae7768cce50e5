import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, SqlParams } from '../../../server/db/database';
import { LATEST_SURVEY_MONTH_SQL } from '../../../server/queries/comparison';
import {
	BLIND_SPOT_CATEGORY_LIST_SQL,
	DATASET_META_SQL,
	LAYER_COUNTS_SQL,
	RECORD_DATE_RANGE_SQL,
	SURVEY_METHOD_LIST_SQL,
	ZONES_EXTENT_SQL
} from '../../../server/queries/meta';
import { buildZoneByIdQuery, ZONE_GEOMETRIES_SQL } from '../../../server/queries/zones';
import { createMiniTownStore } from '../../helpers/mini-town';
import { runValidQuery } from '../../helpers/valid-query';

let db: Database;
beforeAll(async () => (db = await createMiniTownStore()));
afterAll(async () => db.close());

const run = (sql: string, params: SqlParams = {}) => runValidQuery(db, { sql, params });

describe('meta and zone SQL', () => {
	it('counts the layers and reads the data set', async () => {
		expect(await run(LAYER_COUNTS_SQL)).toEqual([
			{ zones: 8, roads: 4, blindspots: 5, surveys: 8 }
		]);
		const meta = Object.fromEntries(
			(await run(DATASET_META_SQL)).map((r) => [r.key as string, r.value])
		);
		expect(meta.synthetic).toBe('true');
		expect(await run(RECORD_DATE_RANGE_SQL)).toEqual([{ from: '2023-05-01', to: '2025-12-25' }]);
		expect(await run(LATEST_SURVEY_MONTH_SQL)).toEqual([{ m: '2025-07' }]);
		const [extent] = await run(ZONES_EXTENT_SQL);
		expect((extent.w as number) < (extent.e as number)).toBe(true);
	});

	it('lists the catalogues', async () => {
		expect((await run(SURVEY_METHOD_LIST_SQL)).length).toBeGreaterThan(0);
		expect((await run(BLIND_SPOT_CATEGORY_LIST_SQL)).length).toBeGreaterThan(0);
	});

	it('finds one zone by id, and none for a hostile id', async () => {
		const one = buildZoneByIdQuery('c01-g01');
		expect(await run(one.sql, one.params)).toEqual([
			{ id: 'c01-g01', name: expect.any(String), kind: 'grid' }
		]);
		const hostile = buildZoneByIdQuery("c01' OR true --");
		expect(await run(hostile.sql, hostile.params)).toEqual([]);
		expect(await run(ZONE_GEOMETRIES_SQL)).toHaveLength(8);
	});
});
