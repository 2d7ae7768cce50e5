import { applyIfBetter } from './route-change';
import type { RouteSolution } from './route-solution';
import type { WorkBudget } from './work-budget';

const GAIN_EPS = 1e-7;

/**
 * One improving move between two routes, first found: relocate (a stop to another route),
 * exchange (two stops swap routes) or cross / 2-opt* (two routes swap their tails). Moves
 * are screened by their change of metres in O(1) (with balancing, any move touching the
 * longest day is tried too) and then checked in full: capacity, stops, working day, windows,
 * lunch. Returns the two routes changed, or null when none improves.
 */
export function improveBetweenRoutes(
	sol: RouteSolution,
	budget: WorkBudget
): [number, number] | null {
	return relocate(sol, budget) ?? exchange(sol, budget) ?? cross(sol, budget);
}

/** Whether a move with this change of travel minutes is worth a full check. */
function worthTrying(
	sol: RouteSolution,
	deltaMinutes: number,
	a: number,
	b: number,
	top: number,
	budget: WorkBudget
) {
	const worth = deltaMinutes < -GAIN_EPS || (sol.p.balance && (a === top || b === top));
	// A full check walks both routes: charge it.
	if (worth) budget.spend(sol.routes[a].length + sol.routes[b].length + 2);
	return worth;
}

function longestRoute(sol: RouteSolution): number {
	let top = -1;
	for (let r = 0; r < sol.routes.length; r++)
		if (top < 0 || sol.minutes[r] > sol.minutes[top]) top = r;
	return top;
}

/** Metres saved by taking out the stop at position k of route r (all of it when alone). */
function removalSaving(sol: RouteSolution, r: number, k: number): number {
	if (sol.routes[r].length === 1) return sol.metres[r];
	const { p } = sol;
	const [a, b, c] = [sol.nodeAt(r, k - 1), sol.nodeAt(r, k), sol.nodeAt(r, k + 1)];
	return p.cost(a, b) + p.cost(b, c) - p.cost(a, c);
}

function insertionCost(sol: RouteSolution, r: number, k: number, node: number): number {
	const { p } = sol;
	const [a, c] = [sol.nodeAt(r, k - 1), sol.nodeAt(r, k)];
	if (!sol.routes[r].length) return p.cost(a, node) + p.cost(node, c);
	return p.cost(a, node) + p.cost(node, c) - p.cost(a, c);
}

function relocate(sol: RouteSolution, budget: WorkBudget): [number, number] | null {
	const { routes, p } = sol;
	const top = longestRoute(sol);
	for (let a = 0; a < routes.length; a++) {
		for (let i = 0; i < routes[a].length; i++) {
			const s = routes[a][i];
			const saved = removalSaving(sol, a, i) / p.mpm[a];
			for (let b = 0; b < routes.length; b++) {
				if (b === a || routes[b].length + 1 > p.teams[b].maxStops) continue;
				if (!p.carries(b, sol.load[b] + p.demand[s])) continue;
				if (!budget.spend(routes[b].length + 1)) return null;
				for (let k = 0; k <= routes[b].length; k++) {
					const delta = insertionCost(sol, b, k, p.node[s]) / p.mpm[b] - saved;
					if (!worthTrying(sol, delta, a, b, top, budget)) continue;
					const seqA = routes[a].filter((_, j) => j !== i);
					const seqB = [...routes[b].slice(0, k), s, ...routes[b].slice(k)];
					if (applyIfBetter(sol, a, seqA, b, seqB)) return [a, b];
				}
			}
		}
	}
	return null;
}

function exchange(sol: RouteSolution, budget: WorkBudget): [number, number] | null {
	const { routes, p } = sol;
	const top = longestRoute(sol);
	const swapCost = (r: number, k: number, node: number) => {
		const [a, out, c] = [sol.nodeAt(r, k - 1), sol.nodeAt(r, k), sol.nodeAt(r, k + 1)];
		return p.cost(a, node) + p.cost(node, c) - p.cost(a, out) - p.cost(out, c);
	};
	for (let a = 0; a < routes.length; a++) {
		for (let b = a + 1; b < routes.length; b++) {
			if (!budget.spend(routes[a].length * routes[b].length + 1)) return null;
			for (let i = 0; i < routes[a].length; i++) {
				for (let j = 0; j < routes[b].length; j++) {
					const [sa, sb] = [routes[a][i], routes[b][j]];
					const delta =
						swapCost(a, i, p.node[sb]) / p.mpm[a] + swapCost(b, j, p.node[sa]) / p.mpm[b];
					if (!worthTrying(sol, delta, a, b, top, budget)) continue;
					const seqA = routes[a].map((s, k) => (k === i ? sb : s));
					const seqB = routes[b].map((s, k) => (k === j ? sa : s));
					if (applyIfBetter(sol, a, seqA, b, seqB)) return [a, b];
				}
			}
		}
	}
	return null;
}

/**
 * 2-opt*: route a keeps its stops up to position i and takes b's after j, and the other
 * way round. Screened by the two new joins (exact when both teams share their depots).
 */
function cross(sol: RouteSolution, budget: WorkBudget): [number, number] | null {
	const { routes, p } = sol;
	const top = longestRoute(sol);
	for (let a = 0; a < routes.length; a++) {
		for (let b = a + 1; b < routes.length; b++) {
			const [la, lb] = [routes[a].length, routes[b].length];
			if (!la && !lb) continue;
			if (!budget.spend((la + 1) * (lb + 1))) return null;
			for (let i = -1; i < la; i++) {
				for (let j = -1; j < lb; j++) {
					if ((i === -1 && j === -1) || (i === la - 1 && j === lb - 1)) continue;
					const [a1, a2] = [sol.nodeAt(a, i), sol.nodeAt(a, i + 1)];
					const [b1, b2] = [sol.nodeAt(b, j), sol.nodeAt(b, j + 1)];
					const delta =
						(p.cost(a1, b2) - p.cost(a1, a2)) / p.mpm[a] +
						(p.cost(b1, a2) - p.cost(b1, b2)) / p.mpm[b];
					if (!worthTrying(sol, delta, a, b, top, budget)) continue;
					const seqA = [...routes[a].slice(0, i + 1), ...routes[b].slice(j + 1)];
					const seqB = [...routes[b].slice(0, j + 1), ...routes[a].slice(i + 1)];
					if (applyIfBetter(sol, a, seqA, b, seqB)) return [a, b];
				}
			}
		}
	}
	return null;
}
