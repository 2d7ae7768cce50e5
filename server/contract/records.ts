/**
 * Records as they enter SaniMap (from the demo generator or, later, imports), before
 * write-time enrichment. Coordinates are WGS-84 `[lng, lat]`; dates are ISO 8601 strings.
 * Enriched columns (zone, grid, H3 cells, nearest road, length) are computed by the
 * loader, never supplied here.
 */
import type { LineString, MultiPolygon, Polygon } from 'geojson';
import type { CaseStatus } from './case-states';

export const PESTS = ['rat', 'mosquito', 'fly', 'cockroach'] as const;
export type Pest = (typeof PESTS)[number];

export const ZONE_KINDS = [
	'district',
	'street',
	'community',
	'village',
	'grid',
	'key_area',
	'frontage'
] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

/** Case workflow of 数字城管 (domain.md §5), collapsed to the states the map shows. */
export const BLIND_SPOT_STATUSES = ['reported', 'dispatched', 'processing', 'closed'] as const;
export type BlindSpotStatus = (typeof BLIND_SPOT_STATUSES)[number];

export const POI_KINDS = [
	'market',
	'restaurant',
	'garbage_station',
	'toilet',
	'school',
	'hospital',
	'water_body',
	'construction'
] as const;
export type PoiKind = (typeof POI_KINDS)[number];

export interface ZoneRecord {
	id: string;
	name: string;
	kind: ZoneKind;
	parentId: string | null;
	responsible: string | null;
	geometry: Polygon | MultiPolygon;
}

export interface RoadSegmentRecord {
	id: string;
	name: string;
	/** Segments of one named road share a roadId. */
	roadId: string;
	grade: 1 | 2 | 3 | 4;
	/** Named key group such as `十路一区`, or null. */
	keyGroup: string | null;
	responsible: string | null;
	geometry: LineString;
}

export interface PoiRecord {
	id: string;
	kind: PoiKind;
	name: string;
	lng: number;
	lat: number;
	/** Water bodies and construction sites may carry an outline. */
	geometry?: Polygon | null;
}

export interface BlindSpotRecord {
	id: string;
	/** Code from the blind-spot category catalogue. */
	category: string;
	description: string;
	/** ISO date-time, local time without offset (Asia/Shanghai), e.g. `2024-05-03T09:30:00`. */
	reportedAt: string;
	source: string;
	/** A case status (domain.md §5, case-states.ts); the map's legend shows all eight. */
	status: CaseStatus;
	/** Deadline by the category's working-hour rule; ISO date-time. */
	dueAt: string | null;
	closedAt: string | null;
	lng: number;
	lat: number;
}

export interface SurveyRecord {
	id: string;
	pest: Pest;
	/** Code from the survey-method catalogue, e.g. `mosquito.light_trap`. */
	method: string;
	siteId: string;
	habitat: string;
	/** ISO date `YYYY-MM-DD`. */
	surveyedAt: string;
	count: number;
	effort: number;
	count2: number | null;
	lng: number;
	lat: number;
}

export interface SprayEventRecord {
	id: string;
	team: string;
	/** ISO date-time. */
	startedAt: string;
	chemical: string;
	amount: number;
	unit: string;
	/** Pest the round targets. */
	pest: Pest;
	/** Campaign name, e.g. `2025 春季除四害`, or null for an ad-hoc round. */
	campaign: string | null;
	/** Zone ids (communities or grids) sprayed. */
	targetIds: string[];
	lng: number;
	lat: number;
}

/** A whole data set, as the demo generator produces it. */
export interface Dataset {
	meta: { name: string; seed: number; synthetic: boolean; center: [number, number] };
	zones: ZoneRecord[];
	roads: RoadSegmentRecord[];
	pois: PoiRecord[];
	blindSpots: BlindSpotRecord[];
	surveys: SurveyRecord[];
	sprayEvents: SprayEventRecord[];
}
