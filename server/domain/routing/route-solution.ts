import { sequenceEnd } from './route-schedule';
import type { RoutingProblem } from './routing-problem';

/**
 * With `balance`, one minute of the longest working day weighs this many minutes of total
 * travel: in effect the longest day is minimised first and total travel second.
 */
export const BALANCE_WEIGHT = 1000;

/**
 * Every team's route with its metres, load, service and working-day minutes kept current,
 * and where each stop is (`routeOf`, −1 when it is in no route). The objective is total
 * travel minutes (plus the weighted longest day when balancing) plus a penalty per stop
 * left out that outweighs any route: a plan serving more stops always wins.
 */
export class RouteSolution {
	readonly routes: number[][];
	readonly metres: Float64Array;
	readonly load: Float64Array;
	readonly service: Float64Array;
	readonly minutes: Float64Array;
	readonly routeOf: Int32Array;
	absent: number;

	constructor(
		readonly p: RoutingProblem,
		readonly candidates: readonly number[],
		readonly penalty: number
	) {
		const teams = p.teams.length;
		this.routes = Array.from({ length: teams }, () => []);
		this.metres = new Float64Array(teams);
		this.load = new Float64Array(teams);
		this.service = new Float64Array(teams);
		this.minutes = new Float64Array(teams);
		this.routeOf = new Int32Array(p.stops.length).fill(-1);
		this.absent = candidates.length;
	}

	/** Matrix row at position k of route r; −1 is the start, the route's length its end. */
	nodeAt(r: number, k: number): number {
		const route = this.routes[r];
		if (k < 0) return this.p.teams[r].start;
		if (k >= route.length) return this.p.teams[r].end;
		return this.p.node[route[k]];
	}

	/** Working-day minutes of route r as it would be with `metres`, `service` and order. */
	dayMinutes(r: number, metres: number, service: number, len: number, at: (i: number) => number) {
		if (len === 0) return 0;
		if (this.p.timed) return sequenceEnd(this.p, r, len, at);
		return metres / this.p.mpm[r] + service;
	}

	/** Recomputes route r's totals from its stops. */
	refresh(r: number): void {
		const route = this.routes[r];
		const { p } = this;
		let metres = 0;
		let load = 0;
		let service = 0;
		let prev = p.teams[r].start;
		for (const s of route) {
			metres += p.cost(prev, p.node[s]);
			load += p.demand[s];
			service += p.service[s];
			prev = p.node[s];
			this.routeOf[s] = r;
		}
		metres += route.length ? p.cost(prev, p.teams[r].end) : 0;
		this.metres[r] = metres;
		this.load[r] = load;
		this.service[r] = service;
		this.minutes[r] = this.dayMinutes(r, metres, service, route.length, (i) => route[i]);
	}

	insert(r: number, k: number, s: number): void {
		this.routes[r].splice(k, 0, s);
		this.absent--;
		this.refresh(r);
	}

	/** Takes the stop at position k out of route r. */
	removeAt(r: number, k: number): number {
		const [s] = this.routes[r].splice(k, 1);
		this.routeOf[s] = -1;
		this.absent++;
		this.refresh(r);
		return s;
	}

	/** Replaces route r's stops (callers keep `absent` right). */
	setRoute(r: number, route: number[]): void {
		for (const s of this.routes[r]) this.routeOf[s] = -1;
		this.routes[r] = route;
		this.refresh(r);
	}

	travelMinutes(r: number): number {
		return this.routes[r].length ? this.metres[r] / this.p.mpm[r] : 0;
	}

	longestDay(skip = -1, skip2 = -1): number {
		let longest = 0;
		for (let r = 0; r < this.routes.length; r++)
			if (r !== skip && r !== skip2 && this.minutes[r] > longest) longest = this.minutes[r];
		return longest;
	}

	/** The objective without the penalty for stops left out. */
	routeCost(): number {
		let total = 0;
		for (let r = 0; r < this.routes.length; r++) total += this.travelMinutes(r);
		return this.p.balance ? total + BALANCE_WEIGHT * this.longestDay() : total;
	}

	cost(): number {
		return this.routeCost() + this.penalty * this.absent;
	}

	copyFrom(other: RouteSolution): void {
		for (let r = 0; r < this.routes.length; r++) this.routes[r] = other.routes[r].slice();
		this.metres.set(other.metres);
		this.load.set(other.load);
		this.service.set(other.service);
		this.minutes.set(other.minutes);
		this.routeOf.set(other.routeOf);
		this.absent = other.absent;
	}

	clone(): RouteSolution {
		const copy = new RouteSolution(this.p, this.candidates, this.penalty);
		copy.copyFrom(this);
		return copy;
	}

	/** Candidates in no route, in index order. */
	absentStops(): number[] {
		return this.candidates.filter((s) => this.routeOf[s] < 0);
	}
}
