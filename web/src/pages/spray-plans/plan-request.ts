import type {
	PlanRequest,
	PriorityRow,
	SavePlanRequest,
	TargetStop
} from '../../api/spray-plan-client';
import type { CampaignTarget } from '../../api/campaign-client';

type SavedRouteStop = SavePlanRequest['routes'][number]['stops'][number];

/** Where the planner can take stops from: the three target lists and the ranked hot cells. */
export const PLAN_SOURCES = [
	'blindspots_open',
	'breeding_sites',
	'survey_sites',
	// Issue 17 lane D: facilities due for inspection, standing targets due for spraying.
	'facilities_due',
	'standing_targets_due',
	'hotspots',
	// Issue 17 lane B: the targets behind a week's high-BI streets (/pest/dengue).
	'dengue'
] as const;
export type PlanSource = (typeof PLAN_SOURCES)[number];

/** Minutes at a hot-spot cell: walk it, clear what is found, spray (as a failed survey site). */
export const HOTSPOT_SERVICE_MIN = 15;
/** The solver's time limit from the planner: enough for tens of stops, short enough to wait. */
export const PLANNER_TIME_LIMIT_MS = 2000;
/** A team's default day: four working hours by electric tricycle in town streets. */
export const DEFAULT_TEAM = { maxStops: 20, maxMinutes: 240, speedKmh: 15 } as const;

export interface CandidateStop extends TargetStop {
	selected: boolean;
}

export interface LngLatPoint {
	lng: number;
	lat: number;
}

export interface TeamForm {
	id: string;
	start: LngLatPoint;
	/** Where the day ends; null means back to the start. */
	end: LngLatPoint | null;
	maxStops: number;
	maxMinutes: number;
	speedKmh: number;
	/** Issue 18: litres (or bait stations) the team carries; null or absent for no limit. */
	capacity?: number | null;
	/** Lunch break start `HH:mm` ('' or absent: none) and its minutes. */
	lunchFrom?: string;
	lunchMinutes?: number;
}

export interface PlanFormValues {
	candidates: readonly CandidateStop[];
	teams: readonly TeamForm[];
	distance: 'road' | 'straight';
	balance: boolean;
	/** Issue 18: chemical each ticked stop needs, in the teams' capacity unit (0: none). */
	demandPerStop?: number;
}

/** A lunch break's default length when only its start is entered. */
export const DEFAULT_LUNCH_MINUTES = 60;
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The team's capacity and lunch as the request takes them; nothing for an empty field. */
function teamExtras(team: TeamForm) {
	const capacity = team.capacity;
	const lunchMinutes = Math.round(
		clampNumber(team.lunchMinutes ?? DEFAULT_LUNCH_MINUTES, 1, 180, DEFAULT_LUNCH_MINUTES)
	);
	return {
		...(typeof capacity === 'number' && Number.isFinite(capacity) && capacity > 0
			? { capacity: Math.min(capacity, 100_000) }
			: {}),
		...(team.lunchFrom && TIME_OF_DAY.test(team.lunchFrom)
			? { lunch: { from: team.lunchFrom, minutes: lunchMinutes } }
			: {})
	};
}

/** `team-1` … `team-n`, all starting (and ending) at the depot with the default day. */
export function createDefaultTeams(depot: LngLatPoint, count = 3): TeamForm[] {
	return Array.from({ length: count }, (_, k) => ({
		id: `team-${k + 1}`,
		start: { ...depot },
		end: null,
		...DEFAULT_TEAM
	}));
}

/** The query string of `GET /api/routes/targets`; null for the hot-spot source. */
export function buildTargetsQuery(
	source: PlanSource,
	level: 'FAIL' | 'C',
	pest: string,
	week: string | null = null
): string | null {
	if (source === 'hotspots') return null;
	const q = new URLSearchParams({ source });
	if (source === 'dengue' && week) q.set('week', week);
	if (source === 'survey_sites') {
		q.set('level', level);
		if (pest) q.set('pest', pest);
	}
	return q.toString();
}

/** Ranked hot cells as stops at their centres, id `hot-<h3>`. */
export function prioritiesToStops(places: readonly PriorityRow[]): TargetStop[] {
	return places.map((p) => ({
		id: `hot-${p.h3}`,
		lng: p.centre[0],
		lat: p.centre[1],
		serviceMin: HOTSPOT_SERVICE_MIN,
		kind: 'hotspot',
		label: [p.zoneName, p.roadName].filter(Boolean).join(' · ') || p.h3
	}));
}

/** A campaign's targets not yet treated, as planner stops (issue 17: plan the remaining). */
export function campaignRemainingStops(
	targets: readonly Pick<
		CampaignTarget,
		'id' | 'lng' | 'lat' | 'kind' | 'label' | 'treatedOn' | 'serviceMin'
	>[]
): TargetStop[] {
	return targets
		.filter((t) => !t.treatedOn)
		.map((t) => ({
			id: t.id,
			lng: t.lng,
			lat: t.lat,
			serviceMin: t.serviceMin,
			kind: t.kind as TargetStop['kind'],
			label: t.label
		}));
}

/** Candidates as the form shows them: all ticked. */
export function toCandidates(stops: readonly TargetStop[]): CandidateStop[] {
	return stops.map((s) => ({ ...s, selected: true }));
}

const clampNumber = (value: number, min: number, max: number, fallback: number) =>
	Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;

/** The `POST /api/routes/plan` body from the form: ticked stops, teams as entered. */
export function buildPlanRequest(form: PlanFormValues): PlanRequest {
	return {
		stops: form.candidates
			.filter((c) => c.selected)
			.map((c) => ({
				id: c.id,
				lng: c.lng,
				lat: c.lat,
				serviceMin: clampNumber(c.serviceMin, 0, 1440, 10),
				...(form.demandPerStop && form.demandPerStop > 0
					? { demand: Math.min(form.demandPerStop, 100_000) }
					: {})
			})),
		teams: form.teams.map((team) => ({
			id: team.id,
			start: { lng: team.start.lng, lat: team.start.lat },
			...(team.end ? { end: { lng: team.end.lng, lat: team.end.lat } } : {}),
			maxStops: Math.round(clampNumber(team.maxStops, 1, 500, DEFAULT_TEAM.maxStops)),
			maxMinutes: clampNumber(team.maxMinutes, 1, 1440, DEFAULT_TEAM.maxMinutes),
			speedKmh: clampNumber(team.speedKmh, 1, 120, DEFAULT_TEAM.speedKmh),
			...teamExtras(team)
		})),
		distance: form.distance,
		timeLimitMs: PLANNER_TIME_LIMIT_MS,
		balance: form.balance
	};
}

/**
 * Routes as saved: each stop takes kind, category, label, description and pest from the
 * candidate it came from, so the team page and the task catalogue know what is there.
 */
export function withStopDetails<R extends { stops: readonly { id: string }[] }>(
	routes: readonly R[],
	candidates: readonly CandidateStop[]
): (Omit<R, 'stops'> & { stops: (R['stops'][number] & StopDetails)[] })[] {
	const byId = new Map(candidates.map((c) => [c.id, c]));
	return routes.map((r) => ({
		...r,
		stops: r.stops.map((s) => {
			const c = byId.get(s.id);
			return {
				...s,
				kind: c?.kind,
				category: c?.category,
				label: c?.label,
				description: c?.description,
				pest: c?.pest as StopDetails['pest']
			};
		})
	}));
}

type StopDetails = Pick<SavedRouteStop, 'kind' | 'category' | 'label' | 'description' | 'pest'>;
