import { describe, expect, it } from 'vitest';
import { MONDAY_TO_FRIDAY } from '../../../../server/domain/calendar/working-calendar';
import { computeCoverage } from '../../../../server/domain/patrols/coverage';
import { periodDays, plannedDays } from '../../../../server/domain/patrols/coverage-period';
import { walkedLengthM } from '../../../../server/domain/patrols/walked-length';

// A local frame by hand: origin at 120° E, 30° N; 1 m north is 1 / 111 195.08 degrees of
// latitude (mean radius 6 371 008.8 m), 1 m east that divided by cos 30°.
const M_PER_DEG_LAT = (6_371_008.8 * Math.PI) / 180;
const M_PER_DEG_LNG = M_PER_DEG_LAT * Math.cos((30 * Math.PI) / 180);
const at = (x: number, y: number) => [120 + x / M_PER_DEG_LNG, 30 + y / M_PER_DEG_LAT];

describe('walked length of a road', () => {
	it('a track 10 m beside the road for its first 60 m walks 60 + √(15² − 10²) m of it', () => {
		const road = [at(0, 0), at(100, 0)];
		const track = [at(0, 10), at(60, 10)];
		expect(walkedLengthM(road, [track])).toBeCloseTo(60 + Math.sqrt(125), 2);
	});

	it('a track crossing the road at right angles walks 2 × 15 m of it', () => {
		expect(walkedLengthM([at(0, 0), at(0, 50)], [[at(-40, 25), at(40, 25)]])).toBeCloseTo(30, 2);
	});

	it('two tracks over the same stretch count it once; a track 20 m away walks nothing', () => {
		const road = [at(0, 0), at(100, 0)];
		const twice = [
			[at(0, 5), at(50, 5)],
			[at(10, -5), at(40, -5)]
		];
		// First track: 0…50 + √(15² − 5²) = 64.142; the second lies inside it.
		expect(walkedLengthM(road, twice)).toBeCloseTo(50 + Math.sqrt(200), 2);
		expect(walkedLengthM(road, [[at(0, 20), at(100, 20)]])).toBe(0);
	});

	it('a bent road: an L of 40 m east then 30 m north, a track along the first leg only', () => {
		const road = [at(0, 0), at(40, 0), at(40, 30)];
		// Along the east leg all 40 m; up the north leg the points within 15 m of (40, 0), i.e. 15 m.
		expect(walkedLengthM(road, [[at(0, 0), at(40, 0)]])).toBeCloseTo(55, 2);
	});
});

describe('coverage of a grid in a week', () => {
	// Week of Monday 30 Nov 2026 to Sunday 6 Dec 2026, judged on Sunday: 5 working days.
	const days = periodDays('week', '2026-12-02');
	const input = {
		grids: [
			{ id: 'g1', name: '一网格' },
			{ id: 'g2', name: '二网格' }
		],
		units: ['A', 'B', 'C', 'D'].map((id) => ({ id, gridId: 'g1' })),
		segments: [
			{ id: 's1', gridId: 'g1', line: [at(0, 0), at(100, 0)] },
			{ id: 's2', gridId: 'g1', line: [at(500, 0), at(500, 50)] }
		],
		tracks: [
			[at(0, 10), at(60, 10)],
			[at(460, 25), at(540, 25)]
		],
		checks: [
			{ unitId: 'A', day: '2026-11-30' },
			{ unitId: 'A', day: '2026-11-30' },
			{ unitId: 'A', day: '2026-12-01' },
			{ unitId: 'B', day: '2026-12-02' },
			{ unitId: 'C', day: '2026-12-05' }
		]
	};

	it('the week runs Monday to Sunday and has five working days', () => {
		expect(days).toEqual([
			'2026-11-30',
			'2026-12-01',
			'2026-12-02',
			'2026-12-03',
			'2026-12-04',
			'2026-12-05',
			'2026-12-06'
		]);
		expect(plannedDays(days, '2026-12-06', MONDAY_TO_FRIDAY)).toHaveLength(5);
		expect(plannedDays(days, '2026-12-02', MONDAY_TO_FRIDAY)).toHaveLength(3);
	});

	it('matches the hand calculation: 3 of 4 units, 101.18 of 150 m, 3 of 20 checks', () => {
		const result = computeCoverage({
			...input,
			plannedDays: plannedDays(days, '2026-12-06', MONDAY_TO_FRIDAY)
		});
		const g1 = result.grids[0];
		expect(g1.units).toBe(4);
		expect(g1.unitsChecked).toBe(3);
		expect(g1.checkedShare).toBe(0.75);
		expect(g1.roadM).toBeCloseTo(150, 3);
		expect(g1.walkedM).toBeCloseTo(60 + Math.sqrt(125) + 30, 2);
		// A on Mon (twice, counted once) and Tue, B on Wed; C's Saturday check is outside the plan.
		expect(g1.planned).toBe(20);
		expect(g1.done).toBe(3);
		expect(g1.doneShare).toBe(0.15);
		expect(result.uncheckedUnitIds).toEqual(['D']);
		expect(result.grids[1]).toMatchObject({ units: 0, checkedShare: null, doneShare: null });
	});

	it('a public holiday on Tuesday leaves four working days and drops A’s Tuesday check', () => {
		const calendar = { ...MONDAY_TO_FRIDAY, holidays: new Set([20788]) };
		expect(new Date(20788 * 86_400_000).toISOString().slice(0, 10)).toBe('2026-12-01');
		const result = computeCoverage({
			...input,
			plannedDays: plannedDays(days, '2026-12-06', calendar)
		});
		expect(result.grids[0]).toMatchObject({ planned: 16, done: 2 });
	});
});
