/**
 * Control facilities and standing targets (issue 17 item 5, lane D): what `/api/facilities` and
 * `/api/standing-targets` answer. Zod-free, so the web reads the same shapes; the requests are
 * in facility-requests.ts.
 */
import type { Polygon } from 'geojson';

/**
 * A facility kind of the catalogue (facility_kinds): 毒饵站, 灭蝇灯, 防鼠设施, 三防设施, and
 * how often one is to be inspected. `bait`: an inspection says whether bait was taken.
 */
export interface FacilityKind {
	code: string;
	nameZh: string;
	nameEn: string;
	inspectEveryDays: number;
	bait: boolean;
	sortOrder: number;
}

/** A facility in service (`active`) or taken away (`removed`, kept for its history). */
export const FACILITY_STATUSES = ['active', 'removed'] as const;
export type FacilityStatus = (typeof FACILITY_STATUSES)[number];

/**
 * What the last inspection found: `broken` (missing or not working), `bait_taken` (a bait
 * station whose bait was eaten: rats about), `working`, or `unchecked` (never inspected).
 */
export const FACILITY_CONDITIONS = ['working', 'broken', 'bait_taken', 'unchecked'] as const;
export type FacilityCondition = (typeof FACILITY_CONDITIONS)[number];

/** The list filter on state: a condition, or `overdue` (past its next inspection day). */
export const FACILITY_STATE_FILTERS = ['working', 'broken', 'bait_taken', 'overdue'] as const;
export type FacilityStateFilter = (typeof FACILITY_STATE_FILTERS)[number];

export interface FacilityInspectionView {
	id: string;
	/** Local wall time `YYYY-MM-DDTHH:MM:SS`. */
	inspectedAt: string;
	inspector: string;
	present: boolean;
	working: boolean;
	/** Bait stations only; null elsewhere. */
	baitTaken: boolean | null;
	note: string | null;
}

export interface FacilityView {
	id: string;
	kind: string;
	name: string;
	/** The frontage unit (门前三包 registry) the facility is at, if linked. */
	unitId: string | null;
	/** The unit, shop or canteen that keeps it (the linked unit's name when not typed). */
	owner: string | null;
	lng: number;
	lat: number;
	zoneId: string | null;
	/** The community or village's name. */
	community: string | null;
	gridId: string | null;
	installedOn: string | null;
	status: FacilityStatus;
	lastInspection: FacilityInspectionView | null;
	condition: FacilityCondition;
	/** Last inspection day (else installed day) + the kind's cadence; null with neither. */
	nextDueOn: string | null;
	/** nextDueOn ≤ the day asked about: a route planner offers it. */
	due: boolean;
	/** nextDueOn < the day asked about. */
	overdue: boolean;
}

export interface FacilitySummary {
	/** Active facilities listed. */
	total: number;
	inspected: number;
	/** Of those inspected, the last inspection found present and working. */
	working: number;
	/** working / inspected; null when none is inspected. */
	shareWorking: number | null;
	broken: number;
	baitTaken: number;
	overdue: number;
}

/** `GET /api/facilities`. */
export interface FacilityList {
	/** The day due and overdue are judged on. */
	on: string;
	kinds: FacilityKind[];
	facilities: FacilityView[];
	summary: FacilitySummary;
}

/** `GET /api/facilities/:id`: one facility with its inspections, newest first. */
export interface FacilityDetail extends FacilityView {
	inspections: FacilityInspectionView[];
}

/** Standing targets of recurring spraying: 绿化带, 预留地, 待建地. */
export const STANDING_TARGET_KINDS = ['green_belt', 'reserved_land', 'vacant_land'] as const;
export type StandingTargetKind = (typeof STANDING_TARGET_KINDS)[number];

export interface StandingTargetView {
	id: string;
	kind: StandingTargetKind;
	name: string;
	everyDays: number;
	geometry: Polygon;
	bbox: [number, number, number, number];
	areaM2: number;
	/** The route stop: a point on the area (turf pointOnFeature). */
	lng: number;
	lat: number;
	zoneId: string | null;
	community: string | null;
	/** Latest of the day entered and the done route stops (spray events) naming this target. */
	lastTreatedOn: string | null;
	/** lastTreatedOn + everyDays; null when never treated (then due at once). */
	nextDueOn: string | null;
	due: boolean;
}

/** `GET /api/standing-targets`. */
export interface StandingTargetList {
	on: string;
	targets: StandingTargetView[];
}

/** Most corners a drawn standing-target area may have. */
export const MAX_STANDING_TARGET_POINTS = 500;
/** Longest cadence of a standing target, in days (a year). */
export const MAX_EVERY_DAYS = 366;
