import { describe, expect, it } from 'vitest';
import { createCostMatrix, measurePath } from '../../../../server/domain/routing/cost-matrix';
import { createRng } from '../../../../server/domain/random/seeded-random';
import type { SolverTeam } from '../../../../server/domain/routing/routing-problem';
import { solveRoutes, type SolveOptions } from '../../../../server/domain/routing/solve-routes';
import { bruteForcePath } from './brute-force';

/** Points on a plane in metres; rows 0..depots-1 are depots, the rest stops. */
function createInstance(seed: number, depots: number, stopCount: number, size = 6000) {
	const random = createRng(seed).next;
	const pts = Array.from({ length: depots + stopCount }, () => [random() * size, random() * size]);
	const matrix = createCostMatrix(
		pts.length,
		(i, j) => Math.hypot(pts[i][0] - pts[j][0], pts[i][1] - pts[j][1]),
		true
	);
	const stops = Array.from({ length: stopCount }, (_, k) => ({
		node: depots + k,
		serviceMin: 5 + (k % 3) * 5
	}));
	return { matrix, stops };
}

const team = (over: Partial<SolverTeam> = {}): SolverTeam => ({
	start: 0,
	end: 0,
	maxStops: 100,
	maxMinutes: 480,
	speedKmh: 20,
	...over
});
// Issue 18: workPerStop bounds the ruin-and-recreate search as kicksPerStop bounded the old one.
const options: SolveOptions = {
	seed: 7,
	timeLimitMs: 5000,
	balance: false,
	kicksPerStop: 50,
	workPerStop: 20_000
};

function routeMinutes(inst: ReturnType<typeof createInstance>, t: SolverTeam, route: number[]) {
	const path = [t.start, ...route.map((s) => inst.stops[s].node), t.end];
	const service = route.reduce((sum, s) => sum + inst.stops[s].serviceMin, 0);
	return measurePath(inst.matrix, path) / ((t.speedKmh * 1000) / 60) + service;
}

function expectPartition(result: ReturnType<typeof solveRoutes>, stopCount: number) {
	const seen = [...result.routes.flat(), ...result.unassigned.map((u) => u.stop)];
	expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: stopCount }, (_, i) => i));
}

describe('solveRoutes: constraints', () => {
	it('never gives a team more than maxStops, leaving the rest as capacity', () => {
		const inst = createInstance(1, 1, 30);
		const teams = [team({ maxStops: 8 }), team({ maxStops: 10 })];
		const result = solveRoutes(inst.matrix, inst.stops, teams, options);
		expect(result.routes.map((r) => r.length)).toEqual([8, 10]);
		expect(result.unassigned).toHaveLength(12);
		expect(new Set(result.unassigned.map((u) => u.reason))).toEqual(new Set(['capacity']));
		expectPartition(result, 30);
	});

	it('keeps every route within maxMinutes of travel plus service', () => {
		const inst = createInstance(2, 1, 60);
		const teams = [team({ maxMinutes: 120 }), team({ maxMinutes: 90, speedKmh: 15 })];
		const result = solveRoutes(inst.matrix, inst.stops, teams, options);
		result.routes.forEach((route, r) => {
			expect(routeMinutes(inst, teams[r], route)).toBeLessThanOrEqual(teams[r].maxMinutes + 1e-6);
			expect(route.length).toBeGreaterThan(0);
		});
		expect(result.unassigned.length).toBeGreaterThan(0);
		expectPartition(result, 60);
	});

	it('names a stop that cannot fit any day even alone exceeds_max_minutes', () => {
		const inst = createInstance(3, 1, 5, 1000);
		const stops = inst.stops.map((s, k) => (k === 2 ? { ...s, serviceMin: 600 } : s));
		const result = solveRoutes(inst.matrix, stops, [team()], options);
		expect(result.unassigned).toEqual([{ stop: 2, reason: 'exceeds_max_minutes' }]);
	});

	it('names a stop with no finite leg unreachable', () => {
		const inst = createInstance(4, 1, 4, 1000);
		inst.matrix.d[0 * inst.matrix.n + 3] = Infinity;
		const result = solveRoutes(inst.matrix, inst.stops, [team()], options);
		expect(result.unassigned).toEqual([{ stop: 2, reason: 'unreachable' }]);
		expectPartition(result, 4);
	});

	it('ends a team at its own end depot when it has one, not back at the start', () => {
		const inst = createInstance(5, 2, 7, 2000);
		const result = solveRoutes(inst.matrix, inst.stops, [team({ start: 0, end: 1 })], options);
		const nodes = result.routes[0].map((s) => inst.stops[s].node);
		const all = inst.stops.map((s) => s.node);
		const length = measurePath(inst.matrix, [0, ...nodes, 1]);
		expect(length).toBeCloseTo(bruteForcePath(inst.matrix, 0, all, 1), 6);
		expect(length).not.toBeCloseTo(bruteForcePath(inst.matrix, 0, all, 0), 0);
	});
});

describe('solveRoutes: quality and balance', () => {
	it.each([1, 2, 3, 4, 5, 6])(
		'seed %i: one team, ≤ 8 stops, finds the brute-force optimum',
		(seed) => {
			const inst = createInstance(seed, 2, 3 + seed);
			for (const t of [team(), team({ end: 1 })]) {
				const result = solveRoutes(inst.matrix, inst.stops, [t], { ...options, seed });
				const nodes = result.routes[0].map((s) => inst.stops[s].node);
				const stopsNodes = inst.stops.map((s) => s.node);
				expect(measurePath(inst.matrix, [t.start, ...nodes, t.end])).toBeCloseTo(
					bruteForcePath(inst.matrix, t.start, stopsNodes, t.end),
					6
				);
			}
		}
	);

	it('balancing shortens the longest day', () => {
		const inst = createInstance(8, 1, 40);
		const teams = [team(), team(), team()];
		const longest = (balance: boolean) => {
			const result = solveRoutes(inst.matrix, inst.stops, teams, { ...options, balance });
			expect(result.unassigned).toEqual([]);
			return Math.max(...result.routes.map((r, k) => routeMinutes(inst, teams[k], r)));
		};
		const plain = longest(false);
		const balanced = longest(true);
		expect(balanced).toBeLessThan(plain * 0.9);
	});

	it('gives the same plan for the same seed', () => {
		const inst = createInstance(9, 1, 50);
		const teams = [team({ maxMinutes: 200 }), team({ maxMinutes: 200 }), team({ maxStops: 10 })];
		const a = solveRoutes(inst.matrix, inst.stops, teams, { ...options, balance: true });
		const b = solveRoutes(inst.matrix, inst.stops, teams, { ...options, balance: true });
		expect(JSON.stringify(a)).toBe(JSON.stringify(b));
	});
});
