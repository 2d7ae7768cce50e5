import type { CostMatrix } from './cost-matrix';

export interface SolverStop {
	/** Row of the stop in the cost matrix. */
	node: number;
	serviceMin: number;
}

export interface SolverTeam {
	/** Matrix rows of the team's start and end (the same row when it returns to start). */
	start: number;
	end: number;
	maxStops: number;
	maxMinutes: number;
	speedKmh: number;
}

/**
 * With `balance`, one minute of the longest working day weighs this many minutes of total
 * travel: in effect the longest day is minimised first and total travel second.
 */
export const BALANCE_WEIGHT = 1000;
const EPS = 1e-9;

/**
 * The routes being built: per team the stops in visiting order, with their metres and
 * service minutes kept current, so a move is priced and checked in O(1) plus O(teams).
 */
export interface RouteTotals {
	count: number;
	metres: number;
	serviceMin: number;
}

export class RouteState {
	readonly routes: number[][];
	readonly metres: number[];
	readonly serviceMin: number[];

	constructor(
		readonly matrix: CostMatrix,
		readonly stops: readonly SolverStop[],
		readonly teams: readonly SolverTeam[],
		readonly balance: boolean
	) {
		this.routes = teams.map(() => []);
		this.metres = teams.map((t) => this.cost(t.start, t.end));
		this.serviceMin = teams.map(() => 0);
	}

	cost(a: number, b: number): number {
		return this.matrix.d[a * this.matrix.n + b];
	}

	/** Matrix row at position k of route r; -1 is the start, the route's length its end. */
	nodeAt(r: number, k: number): number {
		const route = this.routes[r];
		if (k < 0) return this.teams[r].start;
		if (k >= route.length) return this.teams[r].end;
		return this.stops[route[k]].node;
	}

	metresPerMinute(r: number): number {
		return (this.teams[r].speedKmh * 1000) / 60;
	}

	minutes(r: number, metres = this.metres[r], serviceMin = this.serviceMin[r]): number {
		return metres / this.metresPerMinute(r) + serviceMin;
	}

	fits(r: number, stopCount: number, metres: number, serviceMin: number): boolean {
		const team = this.teams[r];
		return (
			stopCount <= team.maxStops && this.minutes(r, metres, serviceMin) <= team.maxMinutes + EPS
		);
	}

	/** Extra metres to put stop s between positions k - 1 and k of route r. */
	insertionMetres(r: number, k: number, s: number): number {
		const [prev, next, node] = [this.nodeAt(r, k - 1), this.nodeAt(r, k), this.stops[s].node];
		return this.cost(prev, node) + this.cost(node, next) - this.cost(prev, next);
	}

	/** Metres saved by taking out the stop at position k of route r. */
	removalMetres(r: number, k: number): number {
		const [prev, next] = [this.nodeAt(r, k - 1), this.nodeAt(r, k + 1)];
		const node = this.nodeAt(r, k);
		return this.cost(prev, node) + this.cost(node, next) - this.cost(prev, next);
	}

	/**
	 * Total travel minutes, plus the weighted longest day when balancing; `changed` prices a
	 * move before it is made. A team with no stops stays at its depot and costs nothing.
	 */
	objective(changed: ReadonlyMap<number, RouteTotals> = new Map()): number {
		let total = 0;
		let longest = 0;
		for (let r = 0; r < this.teams.length; r++) {
			const c = changed.get(r) ?? this.totals(r);
			if (c.count === 0) continue;
			total += c.metres / this.metresPerMinute(r);
			longest = Math.max(longest, this.minutes(r, c.metres, c.serviceMin));
		}
		return this.balance ? total + BALANCE_WEIGHT * longest : total;
	}

	/**
	 * Prices moves that change two routes in O(1) against the routes as they are now (the
	 * objective's sum and its three longest days are taken once): what relocate and exchange
	 * need, since they price thousands of moves between two changes of the state.
	 */
	pairPricer(): (a: number, ta: RouteTotals, b: number, tb: RouteTotals) => number {
		let total = 0;
		const top: { r: number; minutes: number }[] = [];
		const travel = this.teams.map((_, r) =>
			this.routes[r].length ? this.metres[r] / this.metresPerMinute(r) : 0
		);
		for (let r = 0; r < this.teams.length; r++) {
			if (!this.routes[r].length) continue;
			total += travel[r];
			top.push({ r, minutes: this.minutes(r) });
			top.sort((x, y) => y.minutes - x.minutes);
			if (top.length > 3) top.pop();
		}
		const day = (r: number, t: RouteTotals) =>
			t.count ? this.minutes(r, t.metres, t.serviceMin) : 0;
		const trip = (r: number, t: RouteTotals) => (t.count ? t.metres / this.metresPerMinute(r) : 0);
		return (a, ta, b, tb) => {
			const sum = total - travel[a] - travel[b] + trip(a, ta) + trip(b, tb);
			if (!this.balance) return sum;
			let longest = Math.max(day(a, ta), day(b, tb));
			const other = top.find((t) => t.r !== a && t.r !== b);
			if (other) longest = Math.max(longest, other.minutes);
			return sum + BALANCE_WEIGHT * longest;
		};
	}

	totals(r: number): RouteTotals {
		return { count: this.routes[r].length, metres: this.metres[r], serviceMin: this.serviceMin[r] };
	}

	insert(r: number, k: number, s: number): void {
		this.metres[r] += this.insertionMetres(r, k, s);
		this.serviceMin[r] += this.stops[s].serviceMin;
		this.routes[r].splice(k, 0, s);
	}

	remove(r: number, k: number): number {
		this.metres[r] -= this.removalMetres(r, k);
		const [s] = this.routes[r].splice(k, 1);
		this.serviceMin[r] -= this.stops[s].serviceMin;
		return s;
	}

	/** Replaces route r's order (same stops), recomputing its metres. */
	reorder(r: number, order: number[]): void {
		this.routes[r] = order;
		let metres = 0;
		for (let k = 0; k <= order.length; k++)
			metres += this.cost(this.nodeAt(r, k - 1), this.nodeAt(r, k));
		this.metres[r] = metres;
	}
}
