import { applyIfBetter } from './route-change';
import type { RouteSolution } from './route-solution';
import type { WorkBudget } from './work-budget';

const GAIN_EPS = 1e-7;
/** Or-opt moves chains of up to this many stops. */
const OR_OPT_MAX = 3;

/**
 * 2-opt and Or-opt within route r until neither finds a shorter order (first improvement).
 * Reversals are priced with forward and backward prefix sums, so one-way streets count.
 * Untimed routes take any shorter order (a shorter route is never a longer day); timed ones
 * keep it only when every window and the working day still hold. True when the route changed.
 */
export function improveRoute(sol: RouteSolution, r: number, budget: WorkBudget): boolean {
	let changed = false;
	while (!budget.exhausted && (twoOpt(sol, r, budget) || orOpt(sol, r, budget))) changed = true;
	return changed;
}

function pathOf(sol: RouteSolution, r: number): number[] {
	const team = sol.p.teams[r];
	return [team.start, ...sol.routes[r].map((s) => sol.p.node[s]), team.end];
}

function commit(sol: RouteSolution, r: number, seq: number[]): boolean {
	if (!sol.p.timed) {
		sol.setRoute(r, seq);
		return true;
	}
	return applyIfBetter(sol, r, seq, -1, null);
}

function twoOpt(sol: RouteSolution, r: number, budget: WorkBudget): boolean {
	const route = sol.routes[r];
	const len = route.length;
	if (len < 2) return false;
	const { d, n } = sol.p;
	const q = pathOf(sol, r);
	const fwd = new Float64Array(q.length);
	const bwd = new Float64Array(q.length);
	for (let t = 1; t < q.length; t++) {
		fwd[t] = fwd[t - 1] + d[q[t - 1] * n + q[t]];
		bwd[t] = bwd[t - 1] + d[q[t] * n + q[t - 1]];
	}
	budget.spend((len * (len - 1)) / 2);
	for (let x = 1; x < len; x++) {
		for (let y = x + 1; y <= len; y++) {
			const before = d[q[x - 1] * n + q[x]] + fwd[y] - fwd[x] + d[q[y] * n + q[y + 1]];
			const after = d[q[x - 1] * n + q[y]] + bwd[y] - bwd[x] + d[q[x] * n + q[y + 1]];
			if (after < before - GAIN_EPS) {
				const seq = [
					...route.slice(0, x - 1),
					...route.slice(x - 1, y).reverse(),
					...route.slice(y)
				];
				if (commit(sol, r, seq)) return true;
			}
		}
	}
	return false;
}

function orOpt(sol: RouteSolution, r: number, budget: WorkBudget): boolean {
	const route = sol.routes[r];
	const len = route.length;
	if (len < 2) return false;
	const { d, n } = sol.p;
	const q = pathOf(sol, r);
	const c = (a: number, b: number) => d[q[a] * n + q[b]];
	for (let seg = 1; seg <= Math.min(OR_OPT_MAX, len - 1); seg++) {
		budget.spend(len * len);
		for (let x = 1; x + seg - 1 <= len; x++) {
			const y = x + seg - 1;
			const removed = c(x - 1, x) + c(y, y + 1) - c(x - 1, y + 1);
			// Put the chain between path positions g and g + 1 (outside x - 1 … y).
			for (let g = 0; g <= len; g++) {
				if (g >= x - 1 && g <= y) continue;
				const added = c(g, x) + c(y, g + 1) - c(g, g + 1);
				if (added < removed - GAIN_EPS) {
					const chain = route.slice(x - 1, y);
					const rest = [...route.slice(0, x - 1), ...route.slice(y)];
					const at = g < x - 1 ? g : g - seg;
					const seq = [...rest.slice(0, at), ...chain, ...rest.slice(at)];
					if (commit(sol, r, seq)) return true;
				}
			}
		}
	}
	return false;
}
