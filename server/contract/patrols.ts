/**
 * Patrols and volunteer work (issue 15 items 3–5): 城管协管员 frontage patrols, 红袖标
 * patrols, and the clean-ups and spraying of volunteer teams. Zod-free, so the web may import it.
 */
import type { FrontageCategory, FrontageCheckView, LastCheckState } from './frontage';

/** 门前三包巡查 by a city-management assistant, or a red-armband (红袖标) patrol. */
export const PATROL_KINDS = ['frontage', 'red_armband'] as const;
export type PatrolKind = (typeof PATROL_KINDS)[number];

export const PATROL_KIND_NAMES: Readonly<Record<PatrolKind, { zh: string; en: string }>> = {
	frontage: { zh: '门前三包巡查', en: 'Frontage patrol' },
	red_armband: { zh: '红袖标巡逻', en: 'Red-armband patrol' }
};

/** The phone samples its position at most this often while a patrol is on. */
export const TRACK_SAMPLE_SECONDS = 15;
/** Fixes less accurate than this are not kept (metres, as the phone reports them). */
export const MAX_TRACK_ACCURACY_M = 50;

/**
 * The plan coverage is measured against (issue 15 item 4): every frontage unit checked once
 * per working day. A setting may change it; this is the default.
 */
export const DEFAULT_CHECKS_PER_UNIT_PER_WORKING_DAY = 1;

export interface PatrolView {
	id: string;
	username: string;
	displayName: string | null;
	kind: PatrolKind;
	startedAt: string;
	endedAt: string | null;
	/** Length walked, metres, from the kept track points. */
	lengthM: number;
	points: number;
	checks: number;
	failures: number;
}

/** Volunteer teams' work: 义务清扫 (clean-up) and 义务消杀 (spraying). */
export const VOLUNTEER_KINDS = ['cleanup', 'spraying'] as const;
export type VolunteerKind = (typeof VOLUNTEER_KINDS)[number];

export const VOLUNTEER_KIND_NAMES: Readonly<Record<VolunteerKind, { zh: string; en: string }>> = {
	cleanup: { zh: '义务清扫', en: 'Volunteer clean-up' },
	spraying: { zh: '义务消杀', en: 'Volunteer spraying' }
};

/** Where volunteers work: green belts, reserved and vacant building land, residential areas. */
export const VOLUNTEER_PLACES = [
	'green_belt',
	'reserved_land',
	'vacant_land',
	'residential',
	'other'
] as const;
export type VolunteerPlace = (typeof VOLUNTEER_PLACES)[number];

export const VOLUNTEER_PLACE_NAMES: Readonly<Record<VolunteerPlace, { zh: string; en: string }>> = {
	green_belt: { zh: '绿化带', en: 'Green belt' },
	reserved_land: { zh: '预留地', en: 'Reserved land' },
	vacant_land: { zh: '闲置建设用地', en: 'Vacant building land' },
	residential: { zh: '居民小区', en: 'Residential area' },
	other: { zh: '其他', en: 'Other' }
};

export interface VolunteerActivityView {
	id: string;
	team: string;
	kind: VolunteerKind;
	place: VolunteerPlace;
	heldOn: string;
	people: number;
	zoneId: string | null;
	/** The area worked, GeoJSON Polygon, when drawn; else the point is the place. */
	area: { type: 'Polygon'; coordinates: number[][][] } | null;
	lng: number;
	lat: number;
	work: string;
	photoIds: string[];
	createdBy: string;
}

/** Most track points one `POST /api/patrols/{id}/points` batch carries. */
export const MAX_POINTS_PER_BATCH = 500;
/** Most patrols `GET /api/patrols` lists (newest first). */
export const MAX_PATROLS_PER_LIST = 200;

/** `GET /api/patrols/{id}`: the patrol, its kept track and the checks made on it. */
export interface PatrolDetail extends PatrolView {
	/** The kept points in `seq` order as a GeoJSON LineString; null with fewer than two. */
	track: { type: 'LineString'; coordinates: [number, number][] } | null;
	/** The checks made on this patrol, in the order made. */
	checkRecords: FrontageCheckView[];
}

/** `POST /api/patrols/{id}/points` answers what it kept of the batch and the new length. */
export interface TrackBatchResult {
	patrolId: string;
	/** Points of this batch written now (a resent or too inaccurate point is not). */
	kept: number;
	/** Points of this batch dropped as less accurate than MAX_TRACK_ACCURACY_M. */
	inaccurate: number;
	points: number;
	lengthM: number;
}
