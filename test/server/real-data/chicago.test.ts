import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { chicagoCommunityZones, chicagoTrapSurveys } from '../../helpers/real-data/chicago';
import { importCanonical } from '../../helpers/real-data/paths';
import { createEmptyStore } from '../../helpers/mini-town';

/** Chicago (SOURCES.md §1, §2): community areas as zones, Kaggle WNV trap counts as surveys. */
let db: Database;
let zones: Awaited<ReturnType<typeof importCanonical>>;
let surveys: Awaited<ReturnType<typeof importCanonical>>;
let sourceRows: number;
beforeAll(async () => {
	db = await createEmptyStore();
	zones = await importCanonical(db, 'zones', {
		name: 'chicago.geojson',
		bytes: chicagoCommunityZones()
	});
	const trap = chicagoTrapSurveys();
	sourceRows = trap.sourceRows;
	surveys = await importCanonical(db, 'surveys', { name: 'wnv.csv', bytes: trap.csv });
}, 120_000);
afterAll(async () => db?.close());

describe('Chicago community areas as zones', () => {
	it('imports all 77 MultiPolygons with the bbox SOURCES.md gives', async () => {
		expect(zones).toMatchObject({ inserted: 77, updated: 0, format: 'geojson' });
		const [z] = await db.query(
			`SELECT count(*) AS n, min(minx) AS w, min(miny) AS s, max(maxx) AS e, max(maxy) AS n2 FROM zones`
		);
		expect(z.n).toBe(77);
		expect([z.w, z.s, z.e, z.n2].map((v) => Number((v as number).toFixed(5)))).toEqual([
			-87.94011, 41.64454, -87.52414, 42.02304
		]);
		const [douglas] = await db.query(`SELECT name, kind FROM zones WHERE id = 'CA-35'`);
		expect(douglas).toEqual({ name: 'Douglas', kind: 'community' });
	});
});

describe('West Nile virus trap counts as mosquito.light_trap surveys', () => {
	it('aggregates the 10,506 species rows per trap and day, keeping every mosquito', async () => {
		expect(sourceRows).toBe(10_506);
		const [s] = await db.query(
			`SELECT count(*) AS n, sum(count) AS mosquitoes, sum(effort) AS effort, count(DISTINCT site_id) AS traps,
			 strftime(min(surveyed_at), '%Y-%m-%d') AS first, strftime(max(surveyed_at), '%Y-%m-%d') AS last,
			 min(lng) AS w, min(lat) AS s, max(lng) AS e, max(lat) AS n2 FROM surveys`
		);
		expect(surveys.inserted).toBe(s.n);
		expect(s).toMatchObject({
			mosquitoes: 135_039,
			traps: 136,
			first: '2007-05-29',
			last: '2013-09-26'
		});
		expect(s.effort).toBe(s.n); // one lamp-night per trap-night
		expect(s.n).toBeLessThan(sourceRows);
		expect([s.w, s.s, s.e, s.n2].map((v) => Number((v as number).toFixed(5)))).toEqual([
			-87.93099, 41.64461, -87.53163, 42.01743
		]);
	});

	it('only odd years are present', async () => {
		const years = await db.query(`SELECT DISTINCT year(surveyed_at) AS y FROM surveys ORDER BY y`);
		expect(years.map((r) => r.y)).toEqual([2007, 2009, 2011, 2013]);
	});

	it('places the traps in community areas through the enricher; 6 suburban traps lie outside', async () => {
		const outside = await db.query(
			`SELECT DISTINCT site_id FROM surveys WHERE zone_id IS NULL ORDER BY site_id`
		);
		// No community area contains these (checked with turf): they sit beyond the city limits.
		expect(outside.map((r) => r.site_id)).toEqual(['T009', 'T031', 'T035', 'T067', 'T135', 'T903']);
		const [t002] = await db.query(
			`SELECT zone_id, crs FROM surveys WHERE site_id = 'T002' LIMIT 1`
		);
		// 4100 N Oak Park Avenue lies in Dunning (community area 17).
		expect(t002).toEqual({ zone_id: 'CA-17', crs: 'wgs84' });
	});

	it('re-importing the same surveys updates every row and adds none', async () => {
		const again = await importCanonical(db, 'surveys', {
			name: 'wnv.csv',
			bytes: chicagoTrapSurveys().csv
		});
		expect(again).toMatchObject({ inserted: 0, updated: surveys.inserted });
	}, 60_000);
});
