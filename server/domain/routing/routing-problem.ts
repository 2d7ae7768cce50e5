import type { CostMatrix } from './cost-matrix';

/** A time window in minutes after the day's start: service begins no earlier than `from`, no later than `to`. */
export interface MinuteWindow {
	from: number;
	to: number;
}

export interface SolverStop {
	/** Row of the stop in the cost matrix. */
	node: number;
	serviceMin: number;
	/** Chemical or bait the stop takes, in the teams' capacity unit (default 0). */
	demand?: number;
	window?: MinuteWindow | null;
}

/** A lunch break: taken at the first stop boundary at or after `from` (minutes after the day's start). */
export interface LunchBreak {
	from: number;
	minutes: number;
}

export interface SolverTeam {
	/** Matrix rows of the team's start and end (the same row when it returns to start). */
	start: number;
	end: number;
	maxStops: number;
	maxMinutes: number;
	speedKmh: number;
	/** Most a route may carry (sum of its stops' demand); absent = unlimited. */
	capacity?: number | null;
	lunch?: LunchBreak | null;
}

const EPS = 1e-9;

/**
 * The routing problem as the solver reads it: flat arrays per stop and per team, so the
 * inner loops index numbers instead of objects. `timed` is true when some stop has a
 * window or some team a lunch break; only then are routes simulated minute by minute.
 */
export class RoutingProblem {
	readonly n: number;
	readonly d: Float64Array;
	readonly symmetric: boolean;
	readonly node: Int32Array;
	readonly service: Float64Array;
	readonly demand: Float64Array;
	readonly winFrom: Float64Array;
	readonly winTo: Float64Array;
	readonly hasWindow: Uint8Array;
	readonly capacity: Float64Array;
	readonly mpm: Float64Array;
	readonly timed: boolean;

	constructor(
		readonly matrix: CostMatrix,
		readonly stops: readonly SolverStop[],
		readonly teams: readonly SolverTeam[],
		readonly balance: boolean
	) {
		this.n = matrix.n;
		this.d = matrix.d;
		this.symmetric = matrix.symmetric;
		this.node = Int32Array.from(stops, (s) => s.node);
		this.service = Float64Array.from(stops, (s) => s.serviceMin);
		this.demand = Float64Array.from(stops, (s) => s.demand ?? 0);
		this.winFrom = Float64Array.from(stops, (s) => s.window?.from ?? -Infinity);
		this.winTo = Float64Array.from(stops, (s) => s.window?.to ?? Infinity);
		this.hasWindow = Uint8Array.from(stops, (s) => (s.window ? 1 : 0));
		this.capacity = Float64Array.from(teams, (t) => t.capacity ?? Infinity);
		this.mpm = Float64Array.from(teams, (t) => (t.speedKmh * 1000) / 60);
		this.timed = stops.some((s) => s.window) || teams.some((t) => t.lunch);
	}

	cost(a: number, b: number): number {
		return this.d[a * this.n + b];
	}

	/** Within capacity, with rounding slack. */
	carries(r: number, load: number): boolean {
		return load <= this.capacity[r] + EPS;
	}

	withinDay(r: number, minutes: number): boolean {
		return minutes <= this.teams[r].maxMinutes + EPS;
	}
}
