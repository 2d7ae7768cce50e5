import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { h3Column } from '../../../server/queries/clauses';
import {
	buildHotspotCellsQuery,
	buildStudyZonesQuery,
	buildSubjectDateRangeQuery
} from '../../../server/queries/hotspots';
import { buildPriorityCellsQuery } from '../../../server/queries/hotspots-priorities';
import { buildRoadReportsQuery, ROAD_NETWORK_SQL } from '../../../server/queries/hotspots-roads';
import { createMiniTownStore } from '../../helpers/mini-town';

let db: Database;
beforeAll(async () => (db = await createMiniTownStore()));
afterAll(async () => db.close());

const valid = async (q: { sql: string; params: Record<string, unknown> }) => {
	await expect(db.query(`EXPLAIN ${q.sql}`, q.params as never)).resolves.toBeDefined();
	return db.query(q.sql, q.params as never);
};
const base = { res: 9, zoneColumn: 'zone_id' as const, zoneIds: ['c01', 'c02'] };

describe('hot-spot SQL builders', () => {
	it.each([
		[
			'blindspots, every filter',
			{
				subject: 'blindspots' as const,
				from: '2023-01-01',
				to: '2025-12-31',
				category: ['exposed_garbage']
			},
			1
		],
		['open cases', { subject: 'open' as const }, 2],
		[
			'a pest and method',
			{
				subject: 'pest' as const,
				pest: 'rat' as const,
				method: 'rat.indoor_signs',
				from: '2024-01-01',
				to: '2024-12-31'
			},
			2
		]
	])('%s: valid SQL, one row per cell', async (_, params, rows) => {
		expect(await valid(buildHotspotCellsQuery({ ...base, ...params }))).toHaveLength(rows);
	});

	it('marks cells holding records of the study zones, by grid column too', async () => {
		const rows = await valid(
			buildHotspotCellsQuery({
				...base,
				subject: 'blindspots',
				zoneColumn: 'grid_id',
				zoneIds: ['c01-g01']
			})
		);
		expect(rows.filter((r) => r.inside).map((r) => r.value)).toEqual([2]);
	});

	it('binds no empty list: without study zones no record is inside', async () => {
		const rows = await valid(buildHotspotCellsQuery({ ...base, subject: 'open', zoneIds: [] }));
		expect(rows.map((r) => r.inside)).toEqual([false, false]);
	});

	it("gives the date range of a subject: a pest's surveys, or every report", async () => {
		expect(await valid(buildSubjectDateRangeQuery('pest', 'rat'))).toEqual([
			{ from: '2024-05-10', to: '2024-05-11' }
		]);
		expect(await valid(buildSubjectDateRangeQuery('open'))).toEqual([
			{ from: '2023-05-01', to: '2025-12-25' }
		]);
	});

	it('allows only stored resolutions as column names', () => {
		expect(h3Column(7)).toBe('h3_r7');
		expect(() => h3Column(11)).toThrow('not stored');
		expect(() => h3Column(9.5)).toThrow('not stored');
	});

	it('lists the study zones: one by id, or every community and village', async () => {
		expect((await valid(buildStudyZonesQuery('c01-g02'))).map((z) => z.id)).toEqual(['c01-g02']);
		expect((await valid(buildStudyZonesQuery(undefined))).map((z) => z.id)).toEqual(['c01', 'c02']);
	});

	it('road reports: every segment, with and without filters', async () => {
		expect(await valid(buildRoadReportsQuery({ snapM: 50 }))).toHaveLength(4);
		const filtered = await valid(
			buildRoadReportsQuery({
				snapM: 1000,
				from: '2023-01-01',
				to: '2025-12-31',
				category: ['dirty_road'],
				keyGroup: '十路一区'
			})
		);
		expect(filtered.map((r) => [r.id, r.reports])).toEqual([
			['r01-s01', 0],
			['r01-s02', 1]
		]);
	});

	it('road network: every segment with its road, grade and line', async () => {
		const rows = await valid({ sql: ROAD_NETWORK_SQL, params: {} });
		expect(rows.map((r) => [r.id, r.roadId, r.name])).toEqual([
			['r01-s01', 'r01', '中山路'],
			['r01-s02', 'r01', '中山路'],
			['r02-s01', 'r02', '建设路'],
			['r02-s02', 'r02', '建设路']
		]);
		expect(JSON.parse(rows[0].geometry as string).type).toBe('LineString');
	});

	it('priority cells: window, recent days and open cases from before the window', async () => {
		const rows = await valid(
			buildPriorityCellsQuery({
				res: 9,
				from: '2025-12-21',
				to: '2025-12-31',
				recentFrom: '2025-12-24',
				snapM: 50
			})
		);
		// B0003 (12-20) is before the window but still open and past due: overdue only.
		// B0004 (12-25, due 12-26) is in the window, recent, and past due by its end.
		expect(rows.map((r) => [r.reports, r.recent, r.overdue]).sort()).toEqual([
			[0, 0, 1],
			[1, 1, 1]
		]);
	});
});
