import type { UnassignedReason } from '../../contract/spray-plan-results';
import { constructRoutes } from './construct-routes';
import type { CostMatrix } from './cost-matrix';
import { improveRoutes } from './improve-routes';
import { createRng } from '../random/seeded-random';
import { RouteState, type SolverStop, type SolverTeam } from './route-state';
import { WorkBudget } from './work-budget';

export type { UnassignedReason };

export interface SolveOptions {
	seed: number;
	/**
	 * Wall-clock safety cap, construction included. Below it the search is bound by its work
	 * budget, so one input and seed give one plan on any machine that is not too slow.
	 */
	timeLimitMs: number;
	balance: boolean;
	/** ILS kicks per stop when a route is reordered (default DEFAULT_KICKS_PER_STOP). */
	kicksPerStop?: number;
	/** Work units per stop for the local search (default WORK_UNITS_PER_STOP). */
	workPerStop?: number;
}

/** 100 kicks per stop take a 100-stop route within 1 % of optimal in ~0.1 s (bench-routes). */
export const DEFAULT_KICKS_PER_STOP = 100;

/**
 * The local search's work budget per stop (units: priced moves, stops moved by kicks). It
 * scales with the plan and is tuned so that the largest plan the API takes (500 stops, 50
 * teams) finishes in about a second on the 2-core reference machine, a third of the default
 * 3 s cap: a machine three times busier still gives the same plan (docs/decisions.md).
 */
export const WORK_UNITS_PER_STOP = 20_000;

export interface SolveResult {
	/** Per team, indices into `stops` in visiting order. */
	routes: number[][];
	unassigned: { stop: number; reason: UnassignedReason }[];
}

/**
 * Plans every team's day: regret insertion, then local search (reorder, relocate, exchange)
 * within the work budget, both under the wall-clock cap. Every stop ends in exactly one route or in `unassigned`.
 */
export function solveRoutes(
	matrix: CostMatrix,
	stops: readonly SolverStop[],
	teams: readonly SolverTeam[],
	options: SolveOptions
): SolveResult {
	const deadline = performance.now() + options.timeLimitMs;
	const state = new RouteState(matrix, stops, teams, options.balance);
	const unassigned: SolveResult['unassigned'] = [];
	const candidates: number[] = [];
	stops.forEach((stop, s) => {
		const reason = screenStop(state, stop);
		if (reason) unassigned.push({ stop: s, reason });
		else candidates.push(s);
	});
	const budget = new WorkBudget(
		(options.workPerStop ?? WORK_UNITS_PER_STOP) * Math.max(1, candidates.length),
		deadline
	);
	const unplaced = improveRoutes(state, constructRoutes(state, candidates, deadline), {
		random: createRng(options.seed),
		budget,
		kicksPerStop: options.kicksPerStop ?? DEFAULT_KICKS_PER_STOP
	});
	for (const s of unplaced) unassigned.push({ stop: s, reason: 'capacity' });
	unassigned.sort((a, b) => a.stop - b.stop);
	return { routes: state.routes.map((r) => [...r]), unassigned };
}

function screenStop(state: RouteState, stop: SolverStop): UnassignedReason | null {
	let reachable = false;
	let fitsSomeDay = false;
	for (let r = 0; r < state.teams.length; r++) {
		const team = state.teams[r];
		const metres = state.cost(team.start, stop.node) + state.cost(stop.node, team.end);
		if (!Number.isFinite(metres)) continue;
		reachable = true;
		if (!state.fits(r, 0, metres, stop.serviceMin)) continue;
		if (team.maxStops >= 1) return null;
		fitsSomeDay = true;
	}
	if (!reachable) return 'unreachable';
	return fitsSomeDay ? 'capacity' : 'exceeds_max_minutes';
}
