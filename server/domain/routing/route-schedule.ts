import type { RoutingProblem } from './routing-problem';

/**
 * A team's day minute by minute (minutes after the day's start): it leaves its start at 0,
 * drives each leg at its speed, waits at a stop reached before its window opens, serves,
 * and takes its lunch break once, right after the first stop it finishes at or after
 * `lunch.from` (then drives on). A stop reached after its window closes makes the day
 * infeasible. The working day is the clock on arrival at the end: driving, service,
 * waiting and lunch all count against `maxMinutes`.
 */
export interface RouteSchedule {
	/** Per stop of the route: minute of arrival, minutes waited for the window. */
	arrive: number[];
	wait: number[];
	/** Position of the stop after which lunch is taken; -1 when the day has no break. */
	lunchAfter: number;
	/** Minute lunch starts (NaN without a break). */
	lunchStart: number;
	/** Minute of arrival at the end. */
	end: number;
	/** Every window met (the working day is checked separately against maxMinutes). */
	windowsMet: boolean;
}

export function scheduleRoute(
	p: RoutingProblem,
	r: number,
	route: readonly number[]
): RouteSchedule {
	const team = p.teams[r];
	const mpm = p.mpm[r];
	const lunch = team.lunch;
	const arrive: number[] = [];
	const wait: number[] = [];
	let lunchAfter = -1;
	let lunchStart = NaN;
	let windowsMet = true;
	let clock = 0;
	let at = team.start;
	for (let k = 0; k < route.length; k++) {
		const s = route[k];
		clock += p.cost(at, p.node[s]) / mpm;
		arrive.push(clock);
		if (clock > p.winTo[s] + 1e-9) windowsMet = false;
		const waited = Math.max(0, p.winFrom[s] - clock);
		wait.push(waited);
		clock += waited + p.service[s];
		if (lunch && lunchAfter < 0 && clock >= lunch.from) {
			lunchAfter = k;
			lunchStart = clock;
			clock += lunch.minutes;
		}
		at = p.node[s];
	}
	if (route.length) clock += p.cost(at, team.end) / mpm;
	return { arrive, wait, lunchAfter, lunchStart, end: clock, windowsMet };
}

/**
 * Minute of arrival at the end for the stops `at(0) … at(len - 1)` in order, or Infinity
 * when a window is missed: the solver's feasibility check for timed problems.
 */
export function sequenceEnd(
	p: RoutingProblem,
	r: number,
	len: number,
	at: (i: number) => number
): number {
	if (len === 0) return 0;
	const team = p.teams[r];
	const mpm = p.mpm[r];
	const lunchFrom = team.lunch ? team.lunch.from : Infinity;
	const lunchMin = team.lunch ? team.lunch.minutes : 0;
	let eaten = false;
	let clock = 0;
	let prev = team.start;
	for (let i = 0; i < len; i++) {
		const s = at(i);
		const node = p.node[s];
		clock += p.d[prev * p.n + node] / mpm;
		if (clock > p.winTo[s] + 1e-9) return Infinity;
		if (clock < p.winFrom[s]) clock = p.winFrom[s];
		clock += p.service[s];
		if (!eaten && clock >= lunchFrom) {
			eaten = true;
			clock += lunchMin;
		}
		prev = node;
	}
	return clock + p.d[prev * p.n + team.end] / mpm;
}
