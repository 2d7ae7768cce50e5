import {
	DEFAULT_DAY_START,
	minutesOfDay,
	type PlannedRoute,
	type PlannedStop,
	type RouteLine,
	type RoutePlan
} from '../../contract/spray-plan-results';
import type { RoadGraph } from './road-graph';
import { scheduleRoute } from './route-schedule';
import { RoutingProblem, type SolverStop, type SolverTeam } from './routing-problem';
import { solveRoutes } from './solve-routes';
import { buildTravelMatrix, type DistanceMode, type LngLat } from './travel-matrix';

export interface PlanStopInput {
	id: string;
	lng: number;
	lat: number;
	serviceMin: number;
	/** Issue 18: chemical or bait the stop takes (default 0). */
	demand?: number;
	/** Clock times `HH:mm` between which service must start. */
	window?: { from: string; to: string };
}

export interface PlanTeamInput {
	id: string;
	start: { lng: number; lat: number };
	/** Where the day ends; without it the team returns to its start. */
	end?: { lng: number; lat: number };
	maxStops: number;
	maxMinutes: number;
	speedKmh: number;
	/** Issue 18: most the team carries; absent = unlimited. */
	capacity?: number;
	/** A lunch break taken after the first stop finished at or after `from` (`HH:mm`). */
	lunch?: { from: string; minutes: number };
}

export interface PlanInput {
	stops: readonly PlanStopInput[];
	teams: readonly PlanTeamInput[];
	distance: DistanceMode;
	timeLimitMs: number;
	balance: boolean;
	seed: number;
	/** When every team leaves its start (`HH:mm`, default 08:00); windows and lunch read it. */
	dayStart?: string;
}

/** Stops and teams as the solver takes them: clock times become minutes after the day's start. */
function toSolverInput(input: PlanInput, firstStop: number) {
	const day = minutesOfDay(input.dayStart ?? DEFAULT_DAY_START);
	const stops = input.stops.map((s, k): SolverStop => ({
		node: firstStop + k,
		serviceMin: s.serviceMin,
		demand: s.demand ?? 0,
		window: s.window
			? { from: minutesOfDay(s.window.from) - day, to: minutesOfDay(s.window.to) - day }
			: null
	}));
	const teams = input.teams.map((t, r): SolverTeam => ({
		start: 2 * r,
		end: 2 * r + 1,
		maxStops: t.maxStops,
		maxMinutes: t.maxMinutes,
		speedKmh: t.speedKmh,
		capacity: t.capacity ?? null,
		lunch: t.lunch ? { from: minutesOfDay(t.lunch.from) - day, minutes: t.lunch.minutes } : null
	}));
	return { stops, teams };
}

export type { PlannedRoute, PlannedStop, RoutePlan };

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
const e6 = (c: LngLat): LngLat => [round(c[0], 6), round(c[1], 6)];

/**
 * A day's plan for every team: travel matrix (road or great-circle), solver, then per
 * stop its arrival minute, leg metres, nearest road and off-network flag, per route the
 * line to draw. Rows of the matrix: each team's start and end, then the stops.
 */
export function planRoutes(input: PlanInput, graph: RoadGraph): RoutePlan {
	const started = performance.now();
	const points: LngLat[] = [];
	for (const t of input.teams) {
		const end = t.end ?? t.start;
		points.push([t.start.lng, t.start.lat], [end.lng, end.lat]);
	}
	const firstStop = points.length;
	for (const s of input.stops) points.push([s.lng, s.lat]);
	const travel = buildTravelMatrix(points, input.distance, graph);
	const solver = toSolverInput(input, firstStop);
	const solved = solveRoutes(travel.matrix, solver.stops, solver.teams, {
		seed: input.seed,
		timeLimitMs: input.timeLimitMs,
		balance: input.balance
	});
	const problem = new RoutingProblem(travel.matrix, solver.stops, solver.teams, input.balance);
	const { n, d } = travel.matrix;
	const routes = input.teams.map((team, r): PlannedRoute => {
		const rows = [2 * r, ...solved.routes[r].map((s) => firstStop + s), 2 * r + 1];
		const day = scheduleRoute(problem, r, solved.routes[r]);
		let metres = 0;
		let load = 0;
		const stops: PlannedStop[] = [];
		for (let k = 1; k < rows.length; k++) {
			const leg = rows.length === 2 ? 0 : d[rows[k - 1] * n + rows[k]];
			metres += leg;
			if (k === rows.length - 1) break;
			const stop = input.stops[rows[k] - firstStop];
			load += stop.demand ?? 0;
			const [prev, here, next] = [rows[k - 1], rows[k], rows[k + 1]];
			const legStraight = travel.mode === 'road' && travel.straight[prev * n + here] === 1;
			// A straight leg between two snapped points means no road joins them: flag both.
			const offNetwork =
				travel.mode === 'road' &&
				(!travel.onNetwork[here] ||
					(legStraight && travel.onNetwork[prev]) ||
					(travel.straight[here * n + next] === 1 && travel.onNetwork[next]));
			stops.push({
				id: stop.id,
				seq: k,
				lng: round(stop.lng, 6),
				lat: round(stop.lat, 6),
				arriveMin: round(day.arrive[k - 1], 1),
				legM: Math.round(leg),
				serviceMin: stop.serviceMin,
				roadName: travel.roadNames[rows[k]],
				offNetwork,
				legStraight,
				waitMin: round(day.wait[k - 1], 1)
			});
		}
		const lastLeg = rows.length === 2 ? 0 : d[rows[rows.length - 2] * n + rows[rows.length - 1]];
		return {
			teamId: team.id,
			stops,
			distanceM: Math.round(metres),
			durationMin: round(day.end, 1),
			geometry: stops.length ? joinLegs(rows, travel.legGeometry) : null,
			start: lngLatOf(points[2 * r]),
			end: {
				...lngLatOf(points[2 * r + 1]),
				arriveMin: round(day.end, 1),
				legM: Math.round(lastLeg)
			},
			load: round(load, 3),
			capacity: team.capacity ?? null,
			lunch: lunchOf(day, team.lunch?.minutes ?? 0)
		};
	});
	return {
		routes,
		unassigned: solved.unassigned.map((u) => ({ id: input.stops[u.stop].id, reason: u.reason })),
		meta: {
			distance: input.distance,
			elapsedMs: Math.round(performance.now() - started),
			seed: input.seed,
			dayStart: input.dayStart ?? DEFAULT_DAY_START
		}
	};
}

/** When lunch starts: when the stop it follows is done (arrival, wait, service). */
function lunchOf(day: ReturnType<typeof scheduleRoute>, minutes: number): PlannedRoute['lunch'] {
	if (day.lunchAfter < 0) return null;
	return { startMin: round(day.lunchStart, 1), minutes };
}

function lngLatOf(c: LngLat) {
	return { lng: round(c[0], 6), lat: round(c[1], 6) };
}

function joinLegs(rows: number[], legGeometry: (i: number, j: number) => LngLat[]): RouteLine {
	const coordinates: LngLat[] = [];
	for (let k = 1; k < rows.length; k++) {
		for (const c of legGeometry(rows[k - 1], rows[k]).map(e6)) {
			const last = coordinates[coordinates.length - 1];
			if (!last || last[0] !== c[0] || last[1] !== c[1]) coordinates.push(c);
		}
	}
	if (coordinates.length === 1) coordinates.push(coordinates[0]);
	return { type: 'LineString', coordinates };
}
