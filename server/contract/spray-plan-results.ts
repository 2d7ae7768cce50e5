/**
 * What the spray-plan endpoints answer (issue 5): candidate stops, a generated plan, saved
 * plans with their progress, and a visit. Zod-free; the requests are in spray-plans.ts.
 */
import type { LineString } from 'geojson';

/** Road distances over the network, or great-circle ones. */
export const DISTANCE_MODES = ['road', 'straight'] as const;
export type DistanceMode = (typeof DISTANCE_MODES)[number];

export const UNASSIGNED_REASONS = [
	'exceeds_max_minutes',
	'unreachable',
	'capacity',
	// Issue 18: no team reaches the stop inside its time window.
	'time_window'
] as const;
/**
 * Why a stop is in no route: `unreachable` (no finite leg from or back to any team's
 * depot), `exceeds_max_minutes` (even alone it does not fit any team's day), `capacity`
 * (its demand is above every team's capacity, or it would fit alone but no team had room
 * left in load, stops or minutes), `time_window` (no team reaches it before its window
 * closes, or it would fit in the plan only without its window).
 */
export type UnassignedReason = (typeof UNASSIGNED_REASONS)[number];

/** Issue 18: when the planned day starts if a plan names no `dayStart` (the ETAs' clock). */
export const DEFAULT_DAY_START = '08:00';

/** Minutes after midnight of a time of day written `HH:mm`. */
export function minutesOfDay(hhmm: string): number {
	const [h, m] = hhmm.split(':').map(Number);
	return h * 60 + m;
}

/** What is at a candidate stop; it sets the stop's default minutes. */
export const TARGET_KINDS = [
	'blind_spot',
	'garbage_station',
	'water_body',
	'market',
	'toilet',
	'restaurant',
	'survey_site',
	// Issue 17 lane D: a control facility due for inspection, a standing target due for spraying.
	'facility',
	'standing_target'
] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
/** What is at a saved stop: a target kind, or a hot-spot cell the planner added. */
export const STOP_KINDS = [...TARGET_KINDS, 'hotspot'] as const;
export type StopKind = (typeof STOP_KINDS)[number];

/** Where `GET /api/routes/targets` takes candidate stops from. */
export const TARGET_SOURCES = [
	'blindspots_open',
	'breeding_sites',
	'survey_sites',
	// Issue 17 lane B: the breeding sites behind a week's high-BI streets (GET /api/dengue/weeks).
	'dengue',
	// Issue 17 lane D: facilities due for inspection, standing targets due for spraying.
	'facilities_due',
	'standing_targets_due'
] as const;
export type TargetSource = (typeof TARGET_SOURCES)[number];

/** A candidate stop of `GET /api/routes/targets`. */
export interface TargetStop {
	id: string;
	lng: number;
	lat: number;
	serviceMin: number;
	kind: StopKind;
	label: string;
	/** A blind spot's category code and what its report says. */
	category?: string;
	description?: string;
	pest?: string;
	level?: string;
}

/** `GET /api/routes/targets`. */
export interface TargetsResponse {
	source: TargetSource;
	stops: TargetStop[];
	limit: number;
	truncated: boolean;
}

/** A route line with `[lng, lat]` positions (GeoJSON), as a plan sends and takes it back. */
export interface RouteLine {
	type: 'LineString';
	coordinates: [number, number][];
}

export interface PlannedStop {
	id: string;
	seq: number;
	lng: number;
	lat: number;
	/** Minutes after the team leaves its start when it reaches this stop. */
	arriveMin: number;
	/** Metres of the leg that reaches this stop. */
	legM: number;
	serviceMin: number;
	roadName: string | null;
	/** Farther than the snap distance from every road, or on a part no road joins. */
	offNetwork: boolean;
	/** The leg reaching this stop is a straight line × the detour factor. */
	legStraight: boolean;
	/** Issue 18: minutes waited for the stop's window to open (service starts at arriveMin + waitMin). */
	waitMin: number;
}

export interface PlannedRoute {
	teamId: string;
	stops: PlannedStop[];
	distanceM: number;
	durationMin: number;
	/** Road polylines and straight legs from start to end; null for a team with no stops. */
	geometry: RouteLine | null;
	start: { lng: number; lat: number };
	end: { lng: number; lat: number; arriveMin: number; legM: number };
	/** Issue 18: chemical or bait the route carries (sum of its stops' demand). */
	load: number;
	/** The team's capacity; null when unlimited. */
	capacity: number | null;
	/** When the team eats (minutes after the day's start) and for how long; null without a break. */
	lunch: { startMin: number; minutes: number } | null;
}

/** `POST /api/routes/plan`: a day's plan for every team. */
export interface RoutePlan {
	routes: PlannedRoute[];
	unassigned: { id: string; reason: UnassignedReason }[];
	meta: { distance: DistanceMode; elapsedMs: number; seed: number; dayStart: string };
}

/** Stops done, skipped and still to visit. */
export interface Progress {
	done: number;
	skipped: number;
	pending: number;
}

/**
 * What a team does at a stop and with what (a `spray_tasks` catalogue row): `place` is a
 * blind-spot category, a stop kind or `*`, `pest` a pest or `*`; the amount is a usual
 * quantity for one stop, in `unit`.
 */
export interface SprayTask {
	place: string;
	pest: string;
	nameZh: string;
	nameEn: string;
	chemicalZh: string;
	chemicalEn: string;
	amount: number;
	unit: string;
	/** The pest the task acts on: a done visit's pest when neither plan nor stop names one. */
	treats: string;
}

export interface SavedStop {
	id: string;
	/** Null for a stop saved without one that matches no stored record. */
	kind: StopKind | null;
	/** The blind-spot category code of a report. */
	category: string | null;
	/** The category's catalogue names. */
	categoryName: { nameZh: string; nameEn: string } | null;
	/** A place's name, a survey site's habitat, a hot cell's community and road. */
	label: string | null;
	/** What the report says. */
	description: string | null;
	/** The stop's own pest (a failing survey site); the plan's pest applies otherwise. */
	pest: string | null;
	/** The community or village the stop lies in. */
	community: string | null;
	/** What to do and with which chemical, from the catalogue by pest and place. */
	task: SprayTask | null;
	seq: number;
	lng: number;
	lat: number;
	serviceMin: number;
	arriveMin: number;
	legM: number;
	roadName: string | null;
	offNetwork: boolean;
	legStraight: boolean;
	status: 'pending' | 'done' | 'skipped';
	note: string | null;
	visitedAt: string | null;
	sprayEventId: string | null;
	/** What the done visit recorded (its spray event); null otherwise. */
	chemical: string | null;
	amount: number | null;
	unit: string | null;
}

export interface SavedRoute {
	teamId: string;
	distanceM: number;
	durationMin: number;
	geometry: LineString | null;
	start: { lng: number; lat: number };
	end: { lng: number; lat: number; arriveMin: number; legM: number };
	progress: Progress;
	stops: SavedStop[];
}

/** `GET /api/routes/:id` (and what saving or updating a plan answers). */
export interface SavedPlan {
	id: string;
	name: string;
	date: string;
	status: string;
	distance: string;
	pest: string | null;
	createdAt: string;
	updatedAt: string;
	progress: Progress;
	routes: SavedRoute[];
	unassigned: { id: string; reason: string }[];
}

/** A row of `GET /api/routes`: the plan without its routes, with team, stop and progress counts. */
export interface SavedPlanSummary extends Omit<SavedPlan, 'routes' | 'unassigned'> {
	teams: number;
	stops: number;
	/** How many stops are in no route. */
	unassigned: number;
}

/** `POST /api/routes/:id/stops/:stopId/visit`: the stop's new status and both progresses. */
export interface VisitResponse {
	status: string;
	stopId: string;
	sprayEventId: string | null;
	/** The progress of the stop's route. */
	progress?: Progress;
	planProgress: Progress;
}
