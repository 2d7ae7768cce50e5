import type { Rng } from '../random/seeded-random';
import { BALANCE_WEIGHT, type RouteSolution } from './route-solution';
import { sequenceEnd } from './route-schedule';

export interface Insertion {
	/** Route, or −1 while no feasible place is known. */
	r: number;
	k: number;
	/** Change of the objective (without the absent-stop penalty). */
	delta: number;
}

export const noInsertion = (): Insertion => ({ r: -1, k: -1, delta: Infinity });

export interface InsertionScan {
	/** Chance of skipping a position (SISR's blinks); 0 scans every position. */
	blink: number;
	random: Rng;
	/** Positions priced so far (the work budget's units). */
	priced: number;
}

/** The longest and second-longest day, to price the balance term of a move in O(1). */
export function longestTwo(sol: RouteSolution): { top: number; topRoute: number; second: number } {
	let top = 0;
	let topRoute = -1;
	let second = 0;
	for (let r = 0; r < sol.routes.length; r++) {
		const m = sol.minutes[r];
		if (m > top) {
			second = top;
			top = m;
			topRoute = r;
		} else if (m > second) second = m;
	}
	return { top, topRoute, second };
}

/**
 * Lowers `best` to the cheapest feasible place for stop s in route r when one is cheaper: extra travel minutes, plus the
 * weighted rise of the longest day when balancing. Capacity, stop count, working day, time
 * windows and lunch are checked for each position cheaper than the best so far.
 */
export function bestInRoute(
	sol: RouteSolution,
	r: number,
	s: number,
	scan: InsertionScan,
	best: Insertion,
	longest = sol.p.balance ? longestTwo(sol) : null
): void {
	const { p } = sol;
	const route = sol.routes[r];
	const team = p.teams[r];
	const len = route.length;
	if (len + 1 > team.maxStops || !p.carries(r, sol.load[r] + p.demand[s])) return;
	const { d, n } = p;
	const node = p.node[s];
	const mpm = p.mpm[r];
	const service = sol.service[r] + p.service[s];
	const others = longest ? (longest.topRoute === r ? longest.second : longest.top) : 0;
	let prev = team.start;
	for (let k = 0; k <= len; k++) {
		const next = k < len ? p.node[route[k]] : team.end;
		const here = prev;
		prev = next;
		if (scan.blink > 0 && scan.random.next() < scan.blink) continue;
		scan.priced++;
		const extra =
			len === 0
				? d[here * n + node] + d[node * n + next]
				: d[here * n + node] + d[node * n + next] - d[here * n + next];
		let delta = extra / mpm;
		if (!longest && delta >= best.delta) continue;
		let day: number;
		if (p.timed) {
			scan.priced += len;
			day = sequenceEnd(p, r, len + 1, (i) => (i < k ? route[i] : i === k ? s : route[i - 1]));
			if (!Number.isFinite(day)) continue;
		} else day = (sol.metres[r] + extra) / mpm + service;
		if (!p.withinDay(r, day)) continue;
		if (longest) delta += BALANCE_WEIGHT * (Math.max(others, day) - longest.top);
		if (delta < best.delta) {
			best.r = r;
			best.k = k;
			best.delta = delta;
		}
	}
}

/** Cheapest feasible place for stop s over all routes, or null when no team has room. */
export function bestInsertion(
	sol: RouteSolution,
	s: number,
	scan: InsertionScan
): Insertion | null {
	const longest = sol.p.balance ? longestTwo(sol) : null;
	const best = noInsertion();
	for (let r = 0; r < sol.routes.length; r++) bestInRoute(sol, r, s, scan, best, longest);
	return best.r < 0 ? null : best;
}
