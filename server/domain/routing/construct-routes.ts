import type { RouteState } from './route-state';

interface Insertion {
	minutes: number;
	position: number;
}

/** Cheapest feasible place for stop s in route r, priced in added travel minutes. */
export function findInsertion(state: RouteState, r: number, s: number): Insertion | null {
	const route = state.routes[r];
	const team = state.teams[r];
	if (route.length + 1 > team.maxStops) return null;
	const { d, n } = state.matrix;
	const node = state.stops[s].node;
	const service = state.serviceMin[r] + state.stops[s].serviceMin;
	let bestMetres = Infinity;
	let position = -1;
	let prev = team.start;
	for (let k = 0; k <= route.length; k++) {
		const next = k < route.length ? state.stops[route[k]].node : team.end;
		const extra = d[prev * n + node] + d[node * n + next] - d[prev * n + next];
		prev = next;
		if (!(extra < bestMetres)) continue;
		if (!state.fits(r, route.length + 1, state.metres[r] + extra, service)) continue;
		bestMetres = extra;
		position = k;
	}
	return position < 0 ? null : { minutes: bestMetres / state.metresPerMinute(r), position };
}

/** One stop's cheapest place per team, and its best and second-best team (−1: none). */
interface Options {
	at: (Insertion | null)[];
	first: number;
	second: number;
}

/** x ranks before y: fewer added minutes, then the lower team index. */
function ranksBefore(o: Options, x: number, y: number): boolean {
	if (y < 0) return true;
	const [a, b] = [o.at[x] as Insertion, o.at[y] as Insertion];
	return a.minutes < b.minutes || (a.minutes === b.minutes && x < y);
}

function rankAll(o: Options): void {
	o.first = o.second = -1;
	for (let r = 0; r < o.at.length; r++) offer(o, r);
}

function offer(o: Options, r: number): void {
	if (!o.at[r]) return;
	if (ranksBefore(o, r, o.first)) [o.first, o.second] = [r, o.first];
	else if (ranksBefore(o, r, o.second)) o.second = r;
}

/**
 * Regret-2 insertion: repeatedly place the stop that would lose most if it missed its best
 * team (second-best minus best added minutes), at its cheapest feasible place. Each stop's
 * best place per team and its two best teams are cached; an insertion only refreshes that
 * team's column, so a step costs O(stops × route length). Past `deadline` the stops left are
 * placed in turn at their cheapest place (the wall-clock safety cap). Returns the stops no
 * team had room for.
 */
export function constructRoutes(
	state: RouteState,
	candidates: readonly number[],
	deadline = Infinity
): number[] {
	const teamCount = state.teams.length;
	const best = new Map<number, Options>();
	for (const s of candidates) {
		const at = Array.from({ length: teamCount }, (_, r) => findInsertion(state, r, s));
		const o: Options = { at, first: -1, second: -1 };
		rankAll(o);
		best.set(s, o);
	}
	const unplaced: number[] = [];
	while (best.size) {
		if (performance.now() > deadline) return placeGreedily(state, [...best.keys()], unplaced);
		let chosen: { s: number; r: number; at: Insertion; regret: number } | null = null;
		for (const [s, o] of best) {
			if (o.first < 0) {
				unplaced.push(s);
				best.delete(s);
				continue;
			}
			const at = o.at[o.first] as Insertion;
			const regret = o.second < 0 ? Infinity : (o.at[o.second] as Insertion).minutes - at.minutes;
			const better =
				!chosen ||
				regret > chosen.regret ||
				(regret === chosen.regret && at.minutes < chosen.at.minutes);
			if (better) chosen = { s, r: o.first, at, regret };
		}
		if (!chosen) break;
		state.insert(chosen.r, chosen.at.position, chosen.s);
		best.delete(chosen.s);
		for (const [s, o] of best) {
			o.at[chosen.r] = findInsertion(state, chosen.r, s);
			if (o.first === chosen.r || o.second === chosen.r) rankAll(o);
			else offer(o, chosen.r);
		}
	}
	return unplaced.sort((a, b) => a - b);
}

/** Each remaining stop in turn at its cheapest feasible place over all teams. */
function placeGreedily(state: RouteState, left: number[], unplaced: number[]): number[] {
	for (const s of left) {
		let chosen: { r: number; at: Insertion } | null = null;
		for (let r = 0; r < state.teams.length; r++) {
			const at = findInsertion(state, r, s);
			if (at && (!chosen || at.minutes < chosen.at.minutes)) chosen = { r, at };
		}
		if (chosen) state.insert(chosen.r, chosen.at.position, s);
		else unplaced.push(s);
	}
	return unplaced.sort((a, b) => a - b);
}
