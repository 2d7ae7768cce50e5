import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { bostonBlindSpots } from '../../helpers/real-data/boston';
import { importCanonical } from '../../helpers/real-data/paths';
import { createEmptyStore } from '../../helpers/mini-town';

/**
 * Boston 2015 311 (SOURCES.md §3): rodent activity and illegal dumping as blind spots. The
 * catalogue is the city's own data: two local categories are added first, as a city would.
 */
let db: Database;
const rodent = bostonBlindSpots('Rodent Activity.csv', 'rodent_activity');
const dumping = bostonBlindSpots('Illegal Dumping.csv', 'illegal_dumping');
let results: Awaited<ReturnType<typeof importCanonical>>[];
beforeAll(async () => {
	db = await createEmptyStore();
	await db.run(`INSERT INTO blind_spot_categories VALUES ('rodent_activity', '鼠迹', 'Rodent activity', 16),
		('illegal_dumping', '乱倒垃圾', 'Illegal dumping', 8)`);
	results = [
		await importCanonical(db, 'blindspots', { name: 'rodent.csv', bytes: rodent.csv }),
		await importCanonical(db, 'blindspots', { name: 'dumping.csv', bytes: dumping.csv })
	];
}, 120_000);
afterAll(async () => db?.close());

describe('Boston 311 requests as blind spots', () => {
	it('drops the non-geocoded City Hall placeholders (110 + 3) and imports the rest', async () => {
		expect([rodent.dropped, dumping.dropped]).toEqual([110, 3]);
		expect([rodent.kept, dumping.kept]).toEqual([2_171 - 110, 45 - 3]);
		expect(results.map((r) => r.inserted)).toEqual([2_061, 42]);
		const counts = await db.query(
			`SELECT category, count(*) AS n FROM blind_spots GROUP BY category ORDER BY category`
		);
		expect(counts).toEqual([
			{ category: 'illegal_dumping', n: 42 },
			{ category: 'rodent_activity', n: 2_061 }
		]);
		const [placeholder] = await db.query(
			`SELECT count(*) AS n FROM blind_spots WHERE lat = 42.3594 AND lng = -71.0587`
		);
		expect(placeholder.n).toBe(0);
	});

	it('lies in the bbox and the 2015 date range of SOURCES.md', async () => {
		const [b] = await db.query(
			`SELECT min(lng) AS w, min(lat) AS s, max(lng) AS e, max(lat) AS n,
			 strftime(min(reported_at), '%Y-%m-%d') AS first, strftime(max(reported_at), '%Y-%m-%d') AS last FROM blind_spots`
		);
		// SOURCES.md's box ("about", 3 decimals) covers all 14 files; these two lie inside it.
		expect([b.w, b.s, b.e, b.n].map((v) => Number((v as number).toFixed(3)))).toEqual([
			-71.173, 42.234, -71, 42.394
		]);
		expect(b.w).toBeGreaterThan(-71.186);
		expect(b.e).toBeLessThan(-70.994);
		expect([b.first, b.last]).toEqual(['2015-01-02', '2015-12-31']);
	});

	it('keeps the case workflow and finds repeat places (recurrence)', async () => {
		const [known] = await db.query(
			`SELECT category, status, strftime(reported_at, '%Y-%m-%d %H:%M:%S') AS at, lng, lat FROM blind_spots WHERE id = 'BOS-101001253231'`
		);
		expect(known).toEqual({
			category: 'illegal_dumping',
			status: 'closed',
			at: '2015-01-24 14:36:52',
			lng: -71.0717,
			lat: 42.359
		});
		const [r] = await db.query(
			`SELECT max(recurrence) AS most, count(*) FILTER (WHERE recurrence > 1) AS repeats FROM blind_spots`
		);
		expect(r.most).toBeGreaterThan(5);
		expect(r.repeats).toBeGreaterThan(100);
	});
});
