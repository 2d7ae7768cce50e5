import type { RouteState } from './route-state';

interface Insertion {
	minutes: number;
	position: number;
}

/** Cheapest feasible place for stop s in route r, priced in added travel minutes. */
export function findInsertion(state: RouteState, r: number, s: number): Insertion | null {
	const route = state.routes[r];
	const service = state.serviceMin[r] + state.stops[s].serviceMin;
	let best: Insertion | null = null;
	for (let k = 0; k <= route.length; k++) {
		const extra = state.insertionMetres(r, k, s);
		if (!state.fits(r, route.length + 1, state.metres[r] + extra, service)) continue;
		const minutes = extra / state.metresPerMinute(r);
		if (!best || minutes < best.minutes) best = { minutes, position: k };
	}
	return best;
}

/**
 * Regret-2 insertion: repeatedly place the stop that would lose most if it missed its best
 * team (second-best minus best added minutes), at its cheapest feasible place. Each
 * stop's best place per team is cached; an insertion only refreshes that team's column.
 * Returns the stops no team had room for.
 */
export function constructRoutes(state: RouteState, candidates: readonly number[]): number[] {
	const teamCount = state.teams.length;
	const best = new Map<number, (Insertion | null)[]>();
	for (const s of candidates) {
		best.set(
			s,
			Array.from({ length: teamCount }, (_, r) => findInsertion(state, r, s))
		);
	}
	const unplaced: number[] = [];
	while (best.size) {
		let chosen: { s: number; r: number; at: Insertion; regret: number } | null = null;
		for (const [s, options] of best) {
			const ranked = options
				.map((at, r) => ({ at, r }))
				.filter((o): o is { at: Insertion; r: number } => o.at !== null)
				.sort((x, y) => x.at.minutes - y.at.minutes || x.r - y.r);
			if (!ranked.length) {
				unplaced.push(s);
				best.delete(s);
				continue;
			}
			const regret = ranked.length > 1 ? ranked[1].at.minutes - ranked[0].at.minutes : Infinity;
			const better =
				!chosen ||
				regret > chosen.regret ||
				(regret === chosen.regret && ranked[0].at.minutes < chosen.at.minutes);
			if (better) chosen = { s, r: ranked[0].r, at: ranked[0].at, regret };
		}
		if (!chosen) break;
		state.insert(chosen.r, chosen.at.position, chosen.s);
		best.delete(chosen.s);
		for (const [s, options] of best) options[chosen.r] = findInsertion(state, chosen.r, s);
	}
	return unplaced.sort((a, b) => a - b);
}
