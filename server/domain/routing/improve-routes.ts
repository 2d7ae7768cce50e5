import { findInsertion } from './construct-routes';
import { optimizePath } from './path-optimizer';
import type { Rng } from '../random/seeded-random';
import type { RouteState, RouteTotals } from './route-state';
import type { WorkBudget } from './work-budget';

export interface ImproveOptions {
	random: Rng;
	/** Work units the search may spend, with the wall-clock safety cap. */
	budget: WorkBudget;
	/** Iterated-local-search kicks per stop when a route is reordered (capped per route). */
	kicksPerStop: number;
}

/** Most kicks one reordering of one route gets: a280 reaches its optimum within 20,000. */
const MAX_KICKS_PER_ROUTE = 20_000;
/** Rounds of reorder, relocate/exchange and re-insertion before the search settles. */
const MAX_ROUNDS = 25;
const GAIN_EPS = 1e-7;

/**
 * Local search over all teams' routes until nothing improves or time is up: each changed
 * route is reordered by the TSP core (2-opt, Or-opt, ILS); stops move between routes
 * (relocate) and swap places (exchange) when the objective falls; stops left over are
 * re-tried wherever room appeared. Returns the stops still unplaced.
 */
export function improveRoutes(
	state: RouteState,
	unplaced: number[],
	options: ImproveOptions
): number[] {
	const dirty = state.routes.map(() => true);
	const timeUp = () => options.budget.exhausted;
	for (let round = 0; round < MAX_ROUNDS && !timeUp(); round++) {
		let changed = false;
		for (let r = 0; r < state.routes.length; r++) {
			if (dirty[r]) changed = reorderRoute(state, r, options) || changed;
			dirty[r] = false;
		}
		for (
			let moved = moveBetweenRoutes(state, options.budget);
			moved && !timeUp();
			moved = moveBetweenRoutes(state, options.budget)
		) {
			for (const r of moved) dirty[r] = true;
			changed = true;
		}
		for (const s of [...unplaced]) {
			const r = bestRouteFor(state, s);
			if (r === null) continue;
			state.insert(r.route, r.position, s);
			unplaced.splice(unplaced.indexOf(s), 1);
			dirty[r.route] = changed = true;
		}
		if (!changed && !dirty.some(Boolean)) break;
	}
	return unplaced;
}

function reorderRoute(state: RouteState, r: number, options: ImproveOptions): boolean {
	const route = state.routes[r];
	if (route.length < 2) return false;
	const stopOf = new Map(route.map((s) => [state.stops[s].node, s]));
	const path = [state.teams[r].start, ...route.map((s) => state.stops[s].node), state.teams[r].end];
	const { budget } = options;
	// A kick costs about one unit per stop of the path (rebuild and local repair).
	const iterations = Math.min(
		MAX_KICKS_PER_ROUTE,
		options.kicksPerStop * route.length,
		Math.floor(budget.left / path.length)
	);
	budget.spend(path.length * (iterations + 1));
	const better = optimizePath(state.matrix, path, {
		random: options.random,
		iterations,
		deadline: budget.deadline
	});
	const before = state.metres[r];
	const order = better.slice(1, -1).map((node) => stopOf.get(node) as number);
	state.reorder(r, order);
	if (state.metres[r] < before - GAIN_EPS) return true;
	if (state.metres[r] > before) state.reorder(r, route);
	return false;
}

function bestRouteFor(state: RouteState, s: number) {
	let best: { route: number; position: number; objective: number } | null = null;
	for (let r = 0; r < state.routes.length; r++) {
		const at = findInsertion(state, r, s);
		if (!at) continue;
		const totals = state.totals(r);
		const objective = state.objective(
			new Map([
				[
					r,
					{
						count: totals.count + 1,
						metres: totals.metres + at.minutes * state.metresPerMinute(r),
						serviceMin: totals.serviceMin + state.stops[s].serviceMin
					}
				]
			])
		);
		if (!best || objective < best.objective) best = { route: r, position: at.position, objective };
	}
	return best;
}

/**
 * First improving relocate or exchange between two routes; returns the routes it changed.
 * Each priced move costs one unit of the budget; a scan stops when the budget is spent.
 */
function moveBetweenRoutes(state: RouteState, budget: WorkBudget): [number, number] | null {
	return relocate(state, budget) ?? (budget.exhausted ? null : exchange(state, budget));
}

function relocate(state: RouteState, budget: WorkBudget): [number, number] | null {
	const base = state.objective();
	const price = state.pairPricer();
	const { routes, stops } = state;
	for (let a = 0; a < routes.length; a++) {
		for (let i = 0; i < routes[a].length; i++) {
			const s = routes[a][i];
			const from: RouteTotals = {
				count: routes[a].length - 1,
				metres: state.metres[a] - state.removalMetres(a, i),
				serviceMin: state.serviceMin[a] - stops[s].serviceMin
			};
			if (!budget.spend(routes.length)) return null;
			for (let b = 0; b < routes.length; b++) {
				if (b === a || routes[b].length + 1 > state.teams[b].maxStops) continue;
				budget.spend(routes[b].length + 1);
				for (let k = 0; k <= routes[b].length; k++) {
					const to: RouteTotals = {
						count: routes[b].length + 1,
						metres: state.metres[b] + state.insertionMetres(b, k, s),
						serviceMin: state.serviceMin[b] + stops[s].serviceMin
					};
					if (!state.fits(b, to.count, to.metres, to.serviceMin)) continue;
					if (price(a, from, b, to) < base - GAIN_EPS) {
						state.remove(a, i);
						state.insert(b, k, s);
						return [a, b];
					}
				}
			}
		}
	}
	return null;
}

function exchange(state: RouteState, budget: WorkBudget): [number, number] | null {
	const base = state.objective();
	const price = state.pairPricer();
	const { routes, stops } = state;
	const swapped = (r: number, k: number, s: number): RouteTotals => {
		const [prev, next, out] = [state.nodeAt(r, k - 1), state.nodeAt(r, k + 1), state.nodeAt(r, k)];
		const node = stops[s].node;
		return {
			count: routes[r].length,
			metres:
				state.metres[r] -
				state.cost(prev, out) -
				state.cost(out, next) +
				state.cost(prev, node) +
				state.cost(node, next),
			serviceMin: state.serviceMin[r] - stops[routes[r][k]].serviceMin + stops[s].serviceMin
		};
	};
	for (let a = 0; a < routes.length; a++) {
		for (let b = a + 1; b < routes.length; b++) {
			for (let i = 0; i < routes[a].length; i++) {
				if (!budget.spend(routes[b].length + 1)) return null;
				for (let j = 0; j < routes[b].length; j++) {
					const [sa, sb] = [routes[a][i], routes[b][j]];
					const ta = swapped(a, i, sb);
					const tb = swapped(b, j, sa);
					if (!state.fits(a, ta.count, ta.metres, ta.serviceMin)) continue;
					if (!state.fits(b, tb.count, tb.metres, tb.serviceMin)) continue;
					if (price(a, ta, b, tb) < base - GAIN_EPS) {
						state.reorder(
							a,
							routes[a].map((s, k) => (k === i ? sb : s))
						);
						state.reorder(
							b,
							routes[b].map((s, k) => (k === j ? sa : s))
						);
						state.serviceMin[a] = ta.serviceMin;
						state.serviceMin[b] = tb.serviceMin;
						return [a, b];
					}
				}
			}
		}
	}
	return null;
}
