/**
 * 迎检 readiness, the simulated district inspection, 创建卫生单位 and the leader overview's
 * assessment card (issue 16 items 4–6, lane D). Zod-free, so the web may import it.
 */
import type { InspectionForm, InspectionLevel, SanitaryTitle } from './assessment';

/** An open case counts for a road when it lies on it or within this many metres. */
export const READINESS_NEAR_M = 50;
/** The district samples this many sections unless asked for another number. */
export const DEFAULT_SAMPLE_SECTIONS = 5;
/** Most sections one simulated inspection may draw. */
export const MAX_SAMPLE_SECTIONS = 50;
/** Longest gap (days) the readiness view may be asked about. */
export const MAX_READINESS_DAYS = 365;
/** Largest seed of a simulated inspection (an unsigned 31-bit number, short to read aloud). */
export const MAX_SAMPLE_SEED = 2_147_483_647;
/** A section whose last score is below this may lose points again (可能扣分). */
export const RISKY_SCORE = 90;

/** One deduction of the last inspection, with the catalogue's names. */
export interface ReadinessDeduction {
	item: string;
	nameZh: string;
	nameEn: string;
	points: number;
	count: number;
}

export interface LastInspection {
	id: string;
	form: InspectionForm;
	level: InspectionLevel;
	/** Local date `YYYY-MM-DD`. */
	date: string;
	score: number;
	deductions: ReadinessDeduction[];
}

export interface ReadinessCase {
	id: string;
	category: string;
	status: string;
	/** Local time the case was reported. */
	reportedAt: string;
	/** Whole days since it was reported. */
	ageDays: number;
	overdue: boolean;
	/** Metres from the nearest member road; 0 inside the key area. */
	distanceM: number;
	/** The member segment it is nearest, or null when it counts for the key area only. */
	segmentId: string | null;
	lng: number;
	lat: number;
}

/** A section not inspected for more than the group's N days (or never). */
export interface StaleSection {
	id: string;
	segmentId: string;
	roadId: string;
	roadName: string;
	fromM: number;
	toM: number;
	/** Local date of its last inspection, or null when never inspected. */
	lastDate: string | null;
	/** Days since then, or null when never inspected. */
	days: number | null;
}

export interface ReadinessRoad {
	roadId: string;
	name: string;
	lengthM: number;
	sections: number;
	staleSections: number;
	openCases: number;
	last: LastInspection | null;
}

/** How a member segment looks on the readiness map. */
export const READINESS_STATES = ['cases', 'stale', 'ready'] as const;
export type ReadinessState = (typeof READINESS_STATES)[number];

export interface ReadinessGroup {
	id: string;
	name: string;
	/** The N of "not inspected for N days": the request's `days`, else the group's cadence. */
	days: number;
	areaZoneId: string | null;
	areaName: string | null;
	cases: ReadinessCase[];
	staleSections: StaleSection[];
	sectionCount: number;
	roads: ReadinessRoad[];
	/** The key area's last inspection on the area form. */
	areaLast: LastInspection | null;
	/** Member segments with their state, as GeoJSON for the map. */
	segments: {
		type: 'FeatureCollection';
		features: {
			type: 'Feature';
			geometry: { type: 'LineString'; coordinates: number[][] };
			properties: { id: string; roadId: string; name: string; state: ReadinessState };
		}[];
	};
	area: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } | null;
}

export interface ReadinessResponse {
	/** Local time the answer was computed for. */
	now: string;
	groups: ReadinessGroup[];
}

/** What an inspector would find on a sampled section today. */
export const SAMPLE_FLAGS = ['problem', 'risk', 'ok'] as const;
export type SampleFlag = (typeof SAMPLE_FLAGS)[number];

export interface SampledSection {
	id: string;
	segmentId: string;
	roadId: string;
	roadName: string;
	fromM: number;
	toM: number;
	line: { type: 'LineString'; coordinates: number[][] };
	cases: ReadinessCase[];
	days: number | null;
	last: LastInspection | null;
	/** problem: open cases on it (有问题); risk: may lose points (可能扣分); ok. */
	flag: SampleFlag;
}

export interface SimulateResponse {
	now: string;
	seed: number;
	groupId: string;
	groupName: string;
	/** Sections asked for; fewer come back when the group has fewer roads. */
	requested: number;
	roads: number;
	sections: SampledSection[];
}

/** A registry unit (门前三包 ledger) with its 卫生单位 title, if any, and its last assessment. */
export interface SanitaryUnitView {
	unitId: string;
	name: string;
	category: string;
	address: string | null;
	zoneId: string | null;
	lng: number;
	lat: number;
	title: SanitaryTitle | null;
	since: string | null;
	lastAssessment: {
		assessedOn: string;
		score: number;
		passed: boolean;
		note: string | null;
	} | null;
}

export interface SanitaryUnitsResponse {
	units: SanitaryUnitView[];
}

/** One month's mean score of a group of inspections, and how many there were. */
export interface MonthScore {
	mean: number | null;
	inspections: number;
}

export interface OverviewAssessmentRow {
	/** A key group's id, or `village` for inspections outside every key group. */
	key: string;
	name: string | null;
	kind: 'group' | 'village';
	town: MonthScore;
	district: MonthScore;
	lastYearTown: MonthScore;
	lastYearDistrict: MonthScore;
}

export interface OverviewAssessmentResponse {
	/** `YYYY-MM`, or null when nothing was ever inspected and none was asked. */
	month: string | null;
	lastYearMonth: string | null;
	rows: OverviewAssessmentRow[];
	inspections: number;
	lastYearInspections: number;
}
