import type { Database } from '../../server/db/database';
import { createEmptyStore } from './mini-town';

// A hand-made town around 120° E, 30° N in metres (x east, y north): see
// test/server/domain/patrols/coverage.test.ts for the frame.
const M_PER_DEG_LAT = (6_371_008.8 * Math.PI) / 180;
const M_PER_DEG_LNG = M_PER_DEG_LAT * Math.cos((30 * Math.PI) / 180);
export const at = (x: number, y: number) => [120 + x / M_PER_DEG_LNG, 30 + y / M_PER_DEG_LAT];

const box = (x0: number, y0: number, x1: number, y1: number) => ({
	type: 'Polygon',
	coordinates: [[at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1), at(x0, y0)]]
});

/**
 * Community c1 (东街社区) holds grid g1 (x −50…550, y −50…100) and grid g2 (x 1000…1200).
 * g1 has road s1 (0,0)→(100,0) and s2 (500,0)→(500,50), units A–D; g2 has unit E.
 * Patrol p1 walked (0,10)→(60,10) on Mon 30 Nov 2026 (a third fix, 80 m inaccurate, is
 * dropped); p2 crossed s2 along y = 25 on Tue 1 Dec. Checks (by pat1):
 * A pass Mon ×2, Tue; B fail Wed; C fail Sat; D pass Sat 28 Nov; E fail 20 Nov, 25 Nov, Thu 3 Dec.
 */
export async function createPatrolTown(): Promise<Database> {
	const db = await createEmptyStore();
	const zones: [string, string, string, string | null, object][] = [
		['c1', '东街社区', 'community', null, box(-100, -100, 1300, 200)],
		['g1', '东街一网格', 'grid', 'c1', box(-50, -50, 550, 100)],
		['g2', '东街二网格', 'grid', 'c1', box(1000, -50, 1200, 100)]
	];
	for (const [id, name, kind, parent, geometry] of zones) {
		const ring = (geometry as { coordinates: number[][][] }).coordinates[0];
		await db.run(
			`INSERT INTO zones VALUES ($id, $name, $kind, $parent, NULL, 1, $geometry, $minx, $miny, $maxx, $maxy)`,
			{
				id,
				name,
				kind,
				parent,
				geometry: JSON.stringify(geometry),
				minx: ring[0][0],
				miny: ring[0][1],
				maxx: ring[2][0],
				maxy: ring[2][1]
			}
		);
	}
	const roads: [string, number[][]][] = [
		['s1', [at(0, 0), at(100, 0)]],
		['s2', [at(500, 0), at(500, 50)]]
	];
	for (const [id, line] of roads) {
		await db.run(
			`INSERT INTO road_segments VALUES ($id, $id, $id, 3, NULL, NULL, 0, $g, $minx, $miny, $maxx, $maxy)`,
			{
				id,
				g: JSON.stringify({ type: 'LineString', coordinates: line }),
				minx: Math.min(line[0][0], line[1][0]),
				miny: Math.min(line[0][1], line[1][1]),
				maxx: Math.max(line[0][0], line[1][0]),
				maxy: Math.max(line[0][1], line[1][1])
			}
		);
	}
	const units: [string, string, number, number][] = [
		['A', 'g1', 10, -10],
		['B', 'g1', 50, -10],
		['C', 'g1', 90, -10],
		['D', 'g1', 510, 20],
		['E', 'g2', 1100, 0]
	];
	for (const [id, grid, x, y] of units) {
		const [lng, lat] = at(x, y);
		await db.run(
			`INSERT INTO frontage_units VALUES ($id, $name, 'shop', NULL, '张三', '13812345678', $lng, $lat,
				'c1', $grid, NULL, '{"type":"LineString","coordinates":[]}', 20, true, NULL,
				'2026-01-01', '2026-01-01', NULL)`,
			{ id, name: `${id}号商铺`, grid, lng, lat }
		);
	}
	const points: [string, number, string, number, number, number][] = [
		['p1', 1, '2026-11-30 09:00:00', 0, 10, 5],
		['p1', 2, '2026-11-30 09:05:00', 60, 10, 5],
		['p1', 3, '2026-11-30 09:06:00', 100, 10, 80],
		['p2', 1, '2026-12-01 09:00:00', 460, 25, 5],
		['p2', 2, '2026-12-01 09:05:00', 540, 25, 5]
	];
	for (const id of ['p1', 'p2'])
		await db.run(
			`INSERT INTO patrols VALUES ($id, 'pat1', 'frontage', '2026-11-30 08:00', NULL, 0, NULL)`,
			{ id }
		);
	for (const [patrol, seq, fixedAt, x, y, accuracy] of points) {
		const [lng, lat] = at(x, y);
		await db.run(
			`INSERT INTO patrol_points VALUES ($patrol, $seq, $fixedAt, $lng, $lat, $accuracy)`,
			{
				patrol,
				seq,
				fixedAt,
				lng,
				lat,
				accuracy
			}
		);
	}
	const checks: [string, string, 'pass' | 'fail'][] = [
		['A', '2026-11-30 10:00:00', 'pass'],
		['A', '2026-11-30 15:00:00', 'pass'],
		['A', '2026-12-01 10:00:00', 'pass'],
		['B', '2026-12-02 10:00:00', 'fail'],
		['C', '2026-12-05 10:00:00', 'fail'],
		['D', '2026-11-28 10:00:00', 'pass'],
		['E', '2026-11-20 10:00:00', 'fail'],
		['E', '2026-11-25 10:00:00', 'fail'],
		['E', '2026-12-03 10:00:00', 'fail']
	];
	let n = 0;
	for (const [unit, checkedAt, result] of checks)
		await db.run(
			`INSERT INTO frontage_checks VALUES ($id, $unit, NULL, $checkedAt, 'pat1', $result,
				$items, NULL, NULL, NULL, NULL, '', NULL, NULL, NULL)`,
			{ id: `k${++n}`, unit, checkedAt, result, items: result === 'fail' ? 'litter' : '' }
		);
	await db.run(`INSERT INTO responsibilities (target_kind, target_id, person, username, phone, unit,
		pledge_type, target_on_time_pct, target_score, valid_from, changed_by)
		VALUES ('zone', 'g1', '王五', 'pat1', '13900000000', NULL, 'target', 95, 90, '2026-01-01', 'test'),
		('frontage', 'E', NULL, NULL, '13700000000', 'E号商铺', 'frontage', NULL, 90, '2026-01-01', 'test')`);
	return db;
}

/** Sunday 6 Dec 2026, noon in Shanghai. */
export const PATROL_TOWN_NOW = () => new Date('2026-12-06T04:00:00Z');
