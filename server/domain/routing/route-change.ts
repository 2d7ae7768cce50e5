import { BALANCE_WEIGHT, type RouteSolution } from './route-solution';

const GAIN_EPS = 1e-7;

interface Evaluated {
	metres: number;
	day: number;
	ok: boolean;
}

/** Metres, working day and feasibility of route r if it visited `seq`: O(length). */
export function evaluateRoute(sol: RouteSolution, r: number, seq: readonly number[]): Evaluated {
	const { p } = sol;
	const team = p.teams[r];
	if (seq.length > team.maxStops) return { metres: 0, day: 0, ok: false };
	let metres = 0;
	let load = 0;
	let service = 0;
	let prev = team.start;
	for (const s of seq) {
		metres += p.d[prev * p.n + p.node[s]];
		load += p.demand[s];
		service += p.service[s];
		prev = p.node[s];
	}
	if (!seq.length) return { metres: 0, day: 0, ok: true };
	metres += p.d[prev * p.n + team.end];
	const day = sol.dayMinutes(r, metres, service, seq.length, (i) => seq[i]);
	return { metres, day, ok: p.carries(r, load) && Number.isFinite(day) && p.withinDay(r, day) };
}

/**
 * Replaces routes a and b by `seqA` and `seqB` when both are feasible and the objective
 * falls (travel minutes; with balancing, the weighted longest day too). True when applied.
 */
export function applyIfBetter(
	sol: RouteSolution,
	a: number,
	seqA: number[],
	b: number,
	seqB: number[] | null
): boolean {
	const ea = evaluateRoute(sol, a, seqA);
	if (!ea.ok) return false;
	const eb = seqB && b >= 0 ? evaluateRoute(sol, b, seqB) : null;
	if (eb && !eb.ok) return false;
	const { p } = sol;
	const travel = (r: number, metres: number, len: number) => (len ? metres / p.mpm[r] : 0);
	let before = sol.travelMinutes(a);
	let after = travel(a, ea.metres, seqA.length);
	if (eb && seqB) {
		before += sol.travelMinutes(b);
		after += travel(b, eb.metres, seqB.length);
	}
	if (p.balance) {
		const rest = sol.longestDay(a, eb ? b : -1);
		before += BALANCE_WEIGHT * Math.max(rest, sol.minutes[a], eb ? sol.minutes[b] : 0);
		after += BALANCE_WEIGHT * Math.max(rest, ea.day, eb ? eb.day : 0);
	}
	if (!(after < before - GAIN_EPS)) return false;
	for (const s of sol.routes[a]) sol.routeOf[s] = -1;
	if (eb && seqB) for (const s of sol.routes[b]) sol.routeOf[s] = -1;
	sol.routes[a] = seqA;
	sol.refresh(a);
	if (eb && seqB) {
		sol.routes[b] = seqB;
		sol.refresh(b);
	}
	return true;
}
