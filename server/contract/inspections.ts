/**
 * Inspections of 环卫考核 (issue 16 item 2, lane B): what the API answers about an inspection,
 * a suggested section and the deduction catalogue. Zod-free, so the web may import it; the
 * request schemas are in inspection-requests.ts.
 */
import type { DeductionItem, InspectionForm, InspectionLevel, SectionItem } from './assessment';

/** Most deductions one inspection records. */
export const MAX_DEDUCTIONS = 20;
/** Most occurrences of one deduction item on one inspection. */
export const MAX_DEDUCTION_COUNT = 50;
/** Most photos of one deduction. */
export const MAX_DEDUCTION_PHOTOS = 4;
/** Highest points one catalogue item may take off per occurrence. */
export const MAX_DEDUCTION_POINTS = 100;
/** Most inspections one list answers (newest first). */
export const MAX_INSPECTIONS_PER_LIST = 500;
/** Most sections the suggestion list offers. */
export const MAX_SUGGESTIONS = 20;
/** Open cases this close to a section count as a recurring problem (domain.md §5's 50 m). */
export const SUGGESTION_CASE_RADIUS_M = 50;
/** Deductions this recent count as a recurring problem. */
export const SUGGESTION_DEDUCTION_DAYS = 90;

/** The multipart field of deduction `i`'s photos: `d0`, `d1` …; the JSON itself goes in `body`. */
export const deductionPhotoField = (i: number) => `d${i}`;

export interface InspectionDeductionView {
	seq: number;
	item: string;
	nameZh: string;
	nameEn: string;
	/** Points per occurrence at the time of the inspection (a later catalogue edit leaves it). */
	points: number;
	count: number;
	note: string | null;
	photoIds: string[];
	lng: number | null;
	lat: number | null;
	/** The case opened from this deduction (同时立案), if any. */
	caseId: string | null;
}

export interface InspectionView {
	id: string;
	form: InspectionForm;
	level: InspectionLevel;
	groupId: string | null;
	groupName: string | null;
	segmentId: string | null;
	roadId: string | null;
	roadName: string | null;
	fromM: number | null;
	toM: number | null;
	/** `segmentId#index`, or null for the area form. */
	section: string | null;
	/** The key area zone (area form), or the grid of the section's midpoint. */
	zoneId: string | null;
	communityId: string | null;
	/** The registry's holder (保洁单位) of the segment or its road when inspected. */
	cleaningUnit: string | null;
	inspector: string;
	inspectedAt: string;
	marks: Record<SectionItem, number> | null;
	baseScore: number;
	deducted: number;
	score: number;
	note: string | null;
	lng: number;
	lat: number;
	/** The section's own line (the area form: null). */
	line: { type: 'LineString'; coordinates: number[][] } | null;
	deductions: InspectionDeductionView[];
}

/** A row of the list: the inspection without its deductions, with their count and cases. */
export type InspectionListRow = Omit<InspectionView, 'deductions' | 'line'> & {
	deductionCount: number;
	caseIds: string[];
};

/**
 * Why a section is suggested; the phone words them. `never`: never inspected; `due`: a key
 * group member past its group's inspection interval; `stale`: not inspected for a while;
 * `deductions`: deductions in the last 90 days; `open_cases`: open cases within 50 m.
 */
export const SUGGESTION_REASONS = ['never', 'due', 'stale', 'deductions', 'open_cases'] as const;
export type SuggestionReason = (typeof SUGGESTION_REASONS)[number];

export interface SectionSuggestion {
	section: string;
	segmentId: string;
	index: number;
	roadName: string;
	groupId: string | null;
	groupName: string | null;
	fromM: number;
	toM: number;
	line: { type: 'LineString'; coordinates: number[][] };
	/** Metres from the phone's position to the section's line. */
	distanceM: number;
	lastScore: number | null;
	lastAt: string | null;
	daysSince: number | null;
	recentDeductions: number;
	openCases: number;
	reasons: SuggestionReason[];
}

/** The key area of a group, for the area form. */
export interface KeyAreaChoice {
	zoneId: string;
	zoneName: string;
	groupId: string;
	groupName: string;
	lastScore: number | null;
	lastAt: string | null;
}

export interface SuggestionsView {
	sections: SectionSuggestion[];
	/** The section nearest the phone ("walk": the one the inspector stands on). */
	nearest: SectionSuggestion | null;
	areas: KeyAreaChoice[];
}

export type DeductionItemView = DeductionItem;
