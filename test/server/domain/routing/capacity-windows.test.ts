import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCostMatrix } from '../../../../server/domain/routing/cost-matrix';
import { buildCvrpMatrix, parseCvrplib } from '../../../../server/domain/routing/cvrplib';
import { scheduleRoute } from '../../../../server/domain/routing/route-schedule';
import {
	RoutingProblem,
	type SolverStop,
	type SolverTeam
} from '../../../../server/domain/routing/routing-problem';
import { solveRoutes, type SolveOptions } from '../../../../server/domain/routing/solve-routes';

const CVRPLIB_DIR = resolve(import.meta.dirname, '../../../../../shared/data/real/cvrplib');
const quick: SolveOptions = { seed: 3, timeLimitMs: 5000, balance: false, workPerStop: 2000 };

/** Points on a line, x in metres; row 0 is the depot at x = 0. */
function lineMatrix(xs: number[]) {
	const pts = [0, ...xs];
	return createCostMatrix(pts.length, (i, j) => Math.abs(pts[i] - pts[j]), true);
}
/** 60 km/h: 1,000 m a minute, so metres / 1000 are the minutes a hand adds up. */
const team = (over: Partial<SolverTeam> = {}): SolverTeam => ({
	start: 0,
	end: 0,
	maxStops: 50,
	maxMinutes: 480,
	speedKmh: 60,
	...over
});

describe('CVRPLIB reading', () => {
	it('reads A-n32-k5 as its file states it', () => {
		const inst = parseCvrplib(readFileSync(resolve(CVRPLIB_DIR, 'A-n32-k5.vrp'), 'utf8'));
		expect(inst.name).toBe('A-n32-k5');
		expect(inst.coords).toHaveLength(32);
		expect(inst.coords[0]).toEqual([82, 76]);
		expect(inst.demand[0]).toBe(0);
		expect(inst.demand.reduce((s, d) => s + d, 0)).toBe(410);
		expect([inst.capacity, inst.vehicles, inst.optimum]).toEqual([100, 5, 784]);
		// Nodes 1 (82,76) and 2 (96,44): √(14² + 32²) = 34.93 → 35, rounded as CVRPLIB does.
		const m = buildCvrpMatrix(inst);
		expect(m.d[0 * m.n + 1]).toBe(35);
	});

	it('solves A-n32-k5 on a short budget within 5 % of its optimum of 784, 5 routes', () => {
		const inst = parseCvrplib(readFileSync(resolve(CVRPLIB_DIR, 'A-n32-k5.vrp'), 'utf8'));
		const m = buildCvrpMatrix(inst);
		const stops = inst.demand.slice(1).map((demand, k) => ({ node: k + 1, serviceMin: 0, demand }));
		const teams = Array.from({ length: 5 }, () => team({ capacity: 100 }));
		const result = solveRoutes(m, stops, teams, { ...quick, workPerStop: 20_000 });
		expect(result.unassigned).toEqual([]);
		let cost = 0;
		for (const r of result.routes) {
			const nodes = [0, ...r.map((s) => s + 1), 0];
			for (let k = 1; k < nodes.length; k++) cost += m.d[nodes[k - 1] * m.n + nodes[k]];
			expect(r.reduce((s, k) => s + stops[k].demand, 0)).toBeLessThanOrEqual(100);
		}
		expect(cost).toBeLessThanOrEqual(784 * 1.05);
	});
});

describe('capacity', () => {
	it('never loads a route past its team capacity (random small plans)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 100, max: 9000 }), fc.integer({ min: 0, max: 9 })), {
					minLength: 1,
					maxLength: 10
				}),
				fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 1, maxLength: 3 }),
				fc.integer({ min: 0, max: 1000 }),
				(points, capacities, seed) => {
					const m = lineMatrix(points.map(([x]) => x));
					const stops = points.map(([, demand], k) => ({ node: k + 1, serviceMin: 1, demand }));
					const teams = capacities.map((capacity) => team({ capacity }));
					const result = solveRoutes(m, stops, teams, { ...quick, seed, workPerStop: 300 });
					result.routes.forEach((r, t) => {
						expect(r.reduce((s, k) => s + stops[k].demand, 0)).toBeLessThanOrEqual(capacities[t]);
					});
					const seen = [...result.routes.flat(), ...result.unassigned.map((u) => u.stop)];
					expect(seen.sort((a, b) => a - b)).toEqual(stops.map((_, k) => k));
				}
			),
			{ numRuns: 40, seed: 18 }
		);
	});

	it('leaves a stop whose demand is above every capacity unassigned as capacity', () => {
		const m = lineMatrix([1000, 2000, 3000]);
		const stops = [
			{ node: 1, serviceMin: 5, demand: 4 },
			{ node: 2, serviceMin: 5, demand: 12 },
			{ node: 3, serviceMin: 5, demand: 3 }
		];
		const result = solveRoutes(m, stops, [team({ capacity: 10 }), team({ capacity: 8 })], quick);
		expect(result.unassigned).toEqual([{ stop: 1, reason: 'capacity' }]);
	});

	it('splits stops over teams when one cannot carry them all, and leaves out what no room is left for', () => {
		const m = lineMatrix([1000, 2000, 3000]);
		const stops = [1, 2, 3].map((node) => ({ node, serviceMin: 5, demand: 6 }));
		const one = solveRoutes(m, stops, [team({ capacity: 12 })], quick);
		expect(one.routes[0]).toHaveLength(2);
		expect(one.unassigned).toHaveLength(1);
		expect(one.unassigned[0].reason).toBe('capacity');
		const two = solveRoutes(m, stops, [team({ capacity: 12 }), team({ capacity: 6 })], quick);
		expect(two.unassigned).toEqual([]);
	});
});

describe('time windows and lunch', () => {
	// Stop A 10 km out, B 20 km out, both 5 minutes of service; 1 km a minute.
	const m = lineMatrix([10_000, 20_000]);
	const plan = (stops: SolverStop[], teams: SolverTeam[]) =>
		new RoutingProblem(m, stops, teams, false);

	it('waits for a window to open: A opens at minute 20 (arrive 10, wait 10), B at 35, home at 60', () => {
		const stops = [
			{ node: 1, serviceMin: 5, window: { from: 20, to: 30 } },
			{ node: 2, serviceMin: 5 }
		];
		const day = scheduleRoute(plan(stops, [team()]), 0, [0, 1]);
		expect(day.arrive).toEqual([10, 35]);
		expect(day.wait).toEqual([10, 0]);
		expect(day.end).toBe(60);
		expect(day.windowsMet).toBe(true);
	});

	it('visits a stop whose window closes early first, though the other order is as short', () => {
		const stops = [
			{ node: 2, serviceMin: 5 },
			{ node: 1, serviceMin: 5, window: { from: 0, to: 15 } }
		];
		const result = solveRoutes(m, stops, [team()], quick);
		expect(result.routes[0]).toEqual([1, 0]);
		const day = scheduleRoute(plan(stops, [team()]), 0, result.routes[0]);
		// A at 10 (served to 15), B at 25 (to 30), home at 50.
		expect(day.arrive).toEqual([10, 25]);
		expect(day.end).toBe(50);
	});

	it('names a stop no team reaches before its window closes time_window', () => {
		const stops = [
			{ node: 1, serviceMin: 5, window: { from: 0, to: 5 } },
			{ node: 2, serviceMin: 5 }
		];
		const result = solveRoutes(m, stops, [team()], quick);
		expect(result.unassigned).toEqual([{ stop: 0, reason: 'time_window' }]);
	});

	it('names a stop that fits alone but not beside a stricter one time_window', () => {
		// A must start by 12, B by 22: A then B reaches B at 25, B then A reaches A at 35.
		const stops = [
			{ node: 1, serviceMin: 5, window: { from: 0, to: 12 } },
			{ node: 2, serviceMin: 5, window: { from: 0, to: 22 } }
		];
		const result = solveRoutes(m, stops, [team()], quick);
		expect(result.routes[0]).toHaveLength(1);
		expect(result.unassigned.map((u) => u.reason)).toEqual(['time_window']);
	});

	it('takes lunch after the first stop finished at or after its start: 30 minutes at minute 30', () => {
		const stops = [
			{ node: 1, serviceMin: 5 },
			{ node: 2, serviceMin: 5 }
		];
		const teams = [team({ lunch: { from: 20, minutes: 30 } })];
		// A at 10, done 15 (< 20: no break); B at 25, done 30: lunch 30–60; home at 80.
		const day = scheduleRoute(plan(stops, teams), 0, [0, 1]);
		expect(day.arrive).toEqual([10, 25]);
		expect(day.lunchAfter).toBe(1);
		expect(day.lunchStart).toBe(30);
		expect(day.end).toBe(80);
		// A 70-minute day leaves B out: alone it is B at 20, done 25, lunch to 55, home at 75.
		const short = solveRoutes(
			m,
			stops,
			[team({ maxMinutes: 70, lunch: { from: 20, minutes: 30 } })],
			quick
		);
		expect(short.routes[0]).toEqual([0]);
		expect(short.unassigned).toEqual([{ stop: 1, reason: 'exceeds_max_minutes' }]);
	});

	it('gives the same plan for the same seed with capacities and windows', () => {
		const xs = Array.from({ length: 25 }, (_, k) => 500 + ((k * 7919) % 9000));
		const mm = lineMatrix(xs);
		const stops = xs.map((_, k) => ({
			node: k + 1,
			serviceMin: 3,
			demand: 1 + (k % 4),
			window: k % 5 === 0 ? { from: 20, to: 90 } : null
		}));
		const teams = [
			team({ capacity: 20 }),
			team({ capacity: 15, lunch: { from: 30, minutes: 20 } })
		];
		const a = solveRoutes(mm, stops, teams, { ...quick, workPerStop: 3000 });
		const b = solveRoutes(mm, stops, teams, { ...quick, workPerStop: 3000 });
		expect(JSON.stringify(a)).toBe(JSON.stringify(b));
	});
});
