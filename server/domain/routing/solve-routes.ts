import type { UnassignedReason } from '../../contract/spray-plan-results';
import type { CostMatrix } from './cost-matrix';
import { createRng } from '../random/seeded-random';
import { bestInsertion } from './insertion';
import { recreateGreedy, recreateRegret } from './recreate';
import { ruinAndRecreate } from './ruin-recreate';
import { BALANCE_WEIGHT, RouteSolution } from './route-solution';
import { sequenceEnd } from './route-schedule';
import { RoutingProblem, type SolverStop, type SolverTeam } from './routing-problem';
import { WorkBudget } from './work-budget';

export type { SolverStop, SolverTeam, UnassignedReason };

export interface SolveOptions {
	seed: number;
	/**
	 * Wall-clock safety cap, construction included. Below it the search is bound by its work
	 * budget, so one input and seed give one plan on any machine that is not too slow.
	 */
	timeLimitMs: number;
	balance: boolean;
	/** Work units per stop for the search (default WORK_UNITS_PER_STOP). */
	workPerStop?: number;
	/** Accepted for old callers; the ruin-and-recreate search has no kicks. */
	kicksPerStop?: number;
}

/**
 * The search's work budget per stop (units: priced insertion positions, local-search moves,
 * a unit per stop and route for each copy of the plan), up to MAX_WORK_UNITS. 100,000 per
 * stop takes CVRPLIB's A and P instances (31–100 stops) to within about 1 % of their optima
 * (scripts/bench-routes.ts).
 */
export const WORK_UNITS_PER_STOP = 150_000;
/**
 * The most work one plan gets: about 0.6 s of one quiet core of the 2-core reference
 * machine, whatever the plan's size (a 500-stop, 50-team plan gets 20,000 units a stop), a
 * fifth of the default 3 s cap, so a machine several times busier still gives the same plan
 * (docs/decisions.md).
 */
export const MAX_WORK_UNITS = 15_000_000;
/** Up to this many stops the first plan is built by regret-3, above by greedy insertion. */
const REGRET_START_MAX = 150;

export interface SolveResult {
	/** Per team, indices into `stops` in visiting order. */
	routes: number[][];
	unassigned: { stop: number; reason: UnassignedReason }[];
}

/**
 * Plans every team's day: screening (stops no team could serve even alone), a first plan
 * by insertion, then ruin and recreate with local search until the work budget is spent.
 * Every stop ends in exactly one route or in `unassigned`.
 */
export function solveRoutes(
	matrix: CostMatrix,
	stops: readonly SolverStop[],
	teams: readonly SolverTeam[],
	options: SolveOptions
): SolveResult {
	const deadline = performance.now() + options.timeLimitMs;
	const problem = new RoutingProblem(matrix, stops, teams, options.balance);
	const unassigned: SolveResult['unassigned'] = [];
	const candidates: number[] = [];
	stops.forEach((_, s) => {
		const reason = screenStop(problem, s);
		if (reason) unassigned.push({ stop: s, reason });
		else candidates.push(s);
	});
	const budget = new WorkBudget(
		Math.min(
			MAX_WORK_UNITS,
			(options.workPerStop ?? WORK_UNITS_PER_STOP) * Math.max(1, candidates.length)
		),
		deadline
	);
	const random = createRng(options.seed);
	const start = new RouteSolution(problem, candidates, absentPenalty(problem, candidates.length));
	const scan = { blink: 0, random, priced: 0 };
	if (candidates.length <= REGRET_START_MAX) recreateRegret(start, candidates, 3, scan);
	else recreateGreedy(start, candidates, new Float64Array(stops.length), scan);
	budget.spend(scan.priced);
	const best = ruinAndRecreate(start, { random, budget });
	for (const s of best.absentStops()) unassigned.push({ stop: s, reason: leftOverReason(best, s) });
	unassigned.sort((a, b) => a.stop - b.stop);
	return { routes: best.routes.map((r) => [...r]), unassigned };
}

/**
 * The cost of leaving a stop out: more than any plan's routes can cost, so serving one more
 * stop always beats shorter routes.
 */
function absentPenalty(p: RoutingProblem, stopCount: number): number {
	let longestLeg = 0;
	for (const v of p.d) if (Number.isFinite(v) && v > longestLeg) longestLeg = v;
	const slowest = Math.min(...p.mpm);
	const days = p.teams.reduce((sum, t) => sum + t.maxMinutes, 0);
	const bound = ((stopCount + p.teams.length) * longestLeg) / slowest + days;
	return 10 * (bound + 1) * (p.balance ? BALANCE_WEIGHT : 1);
}

/**
 * Why stop s fits no team even alone: `unreachable` (no finite leg from or back to any
 * depot), `capacity` (its demand is above every reachable team's capacity), `time_window`
 * (no team reaches it before its window closes), `exceeds_max_minutes` (the day would be too
 * long). Null when some team could serve it alone.
 */
function screenStop(p: RoutingProblem, s: number): UnassignedReason | null {
	let reachable = false;
	let carried = false;
	let inWindow = false;
	for (let r = 0; r < p.teams.length; r++) {
		const team = p.teams[r];
		const metres = p.cost(team.start, p.node[s]) + p.cost(p.node[s], team.end);
		if (!Number.isFinite(metres)) continue;
		reachable = true;
		if (!p.carries(r, p.demand[s])) continue;
		carried = true;
		const end = sequenceEnd(p, r, 1, () => s);
		if (!Number.isFinite(end)) continue;
		inWindow = true;
		if (team.maxStops >= 1 && p.withinDay(r, end)) return null;
	}
	if (!reachable) return 'unreachable';
	if (!carried) return 'capacity';
	return inWindow ? 'exceeds_max_minutes' : 'time_window';
}

/**
 * Why a stop that could be served alone is in no route: `time_window` when it would fit
 * somewhere in the final plan without its window, `capacity` otherwise (no team had room
 * left in load, stops or minutes).
 */
function leftOverReason(sol: RouteSolution, s: number): UnassignedReason {
	const { p } = sol;
	if (!p.hasWindow[s]) return 'capacity';
	const [from, to] = [p.winFrom[s], p.winTo[s]];
	p.winFrom[s] = -Infinity;
	p.winTo[s] = Infinity;
	const fits = bestInsertion(sol, s, { blink: 0, random: createRng(0), priced: 0 }) !== null;
	p.winFrom[s] = from;
	p.winTo[s] = to;
	return fits ? 'time_window' : 'capacity';
}
