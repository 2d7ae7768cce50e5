import type { Rng } from '../random/seeded-random';
import { Annealing } from './annealing';
import type { InsertionScan } from './insertion';
import { improveBetweenRoutes } from './inter-route';
import { improveRoute } from './intra-route';
import { recreateGreedy, recreateRegret } from './recreate';
import type { RouteSolution } from './route-solution';
import { AVG_REMOVED, buildAdjacency, ruinRandom, ruinStrings, ruinWorst } from './ruin';
import type { WorkBudget } from './work-budget';

/** SISR's blink rate: the chance a recreate skips a position. */
const BLINK_RATE = 0.01;
/**
 * What one step costs beyond its priced positions (copying the plan, ruin, sorting): about
 * as long as pricing 100 positions, measured on CVRPLIB A-n32-k5 and 8-stop plans.
 */
const STEP_UNITS = 100;
/** Ruin operators' weights: SISR strings, random stops, worst detours. */
const RUIN_WEIGHTS = [8, 1, 1];
/** Share of recreates done by regret-3 instead of greedy with blinks (more costs quality per second on CVRPLIB). */
const REGRET_SHARE = 0.05;
/**
 * Annealing temperatures as a share of the first plan's mean leg (travel minutes): hot
 * enough at the start to leave a local optimum, near zero at the end (tuned on CVRPLIB A/P,
 * scripts/bench-routes.ts).
 */
export const START_TEMPERATURE = 0.3;
export const END_TEMPERATURE = 0.003;

export interface SearchOptions {
	random: Rng;
	budget: WorkBudget;
}

/**
 * Ruin and recreate (SISR, Christiaens & Vanden Berghe 2020) under simulated annealing
 * until the work budget is spent: each step cuts strings (or random / worst stops) out of
 * a copy of the current plan and puts them back by greedy insertion with blinks or by
 * regret-3. Every new best plan is polished by local search (2-opt and Or-opt within routes,
 * relocate, exchange and cross between them). Returns the best plan found.
 */
export function ruinAndRecreate(start: RouteSolution, options: SearchOptions): RouteSolution {
	const { random, budget } = options;
	const best = start.clone();
	polish(best, budget);
	const current = best.clone();
	const candidate = best.clone();
	const routed = best.candidates.length - best.absent;
	if (best.candidates.length < 2) return best;
	const used = best.routes.filter((r) => r.length).length;
	const meanLeg = best.routeCost() / Math.max(1, routed + used) || 1;
	const annealing = new Annealing(START_TEMPERATURE * meanLeg, END_TEMPERATURE * meanLeg);
	const adjacency = buildAdjacency(best);
	const depotDistance = distanceFromDepots(best);
	const scan: InsertionScan = { blink: BLINK_RATE, random, priced: 0 };
	let currentCost = current.cost();
	while (!budget.exhausted) {
		candidate.copyFrom(current);
		const removed = ruin(candidate, adjacency, random);
		const stops = [...removed, ...candidate.absentStops().filter((s) => !removed.includes(s))];
		scan.priced = 0;
		if (random.next() < REGRET_SHARE) recreateRegret(candidate, stops, 3, scan);
		else recreateGreedy(candidate, stops, depotDistance, scan);
		budget.spend(scan.priced + stops.length * candidate.routes.length + STEP_UNITS);
		const cost = candidate.cost();
		if (!annealing.accepts(cost, currentCost, budget.fraction, random)) continue;
		current.copyFrom(candidate);
		currentCost = cost;
		if (cost < best.cost() - 1e-9) {
			best.copyFrom(candidate);
			polish(best, budget);
			current.copyFrom(best);
			currentCost = best.cost();
		}
	}
	return best;
}

function ruin(sol: RouteSolution, adjacency: Int32Array[], random: Rng): number[] {
	if (sol.absent === sol.candidates.length) return [];
	const count = Math.min(
		2 * AVG_REMOVED,
		Math.max(1, Math.round(random.range(0.5, 1.5) * AVG_REMOVED))
	);
	switch (random.weighted(RUIN_WEIGHTS)) {
		case 1:
			return ruinRandom(sol, count, random);
		case 2:
			return ruinWorst(sol, Math.ceil(count / 2), random);
		default:
			return ruinStrings(sol, adjacency, random);
	}
}

/** Local search to a local optimum: each route alone, then moves between routes. */
export function polish(sol: RouteSolution, budget: WorkBudget): void {
	for (let r = 0; r < sol.routes.length; r++) improveRoute(sol, r, budget);
	for (
		let moved = improveBetweenRoutes(sol, budget);
		moved;
		moved = improveBetweenRoutes(sol, budget)
	) {
		for (const r of moved) improveRoute(sol, r, budget);
		if (budget.exhausted) break;
	}
}

/** Each stop's metres from the nearest team start (SISR's "far" and "close" orders). */
function distanceFromDepots(sol: RouteSolution): Float64Array {
	const { p } = sol;
	const far = new Float64Array(p.stops.length);
	for (const s of sol.candidates) {
		let near = Infinity;
		for (const t of p.teams) near = Math.min(near, p.cost(t.start, p.node[s]));
		far[s] = near;
	}
	return far;
}
