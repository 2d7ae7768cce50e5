/**
 * Editable catalogues (issue 3): control-level thresholds and survey-method labels, and the
 * catalogue rows `GET /api/catalogues` answers with.
 */
import { z } from 'zod';
import { idField, MAX_NAME_CHARS, nameField, numberField, textField } from './fields';
import type { Level } from './density';
import type { Pest } from './records';

/** Largest control limit: indices are percentages, ×100 indices or counts per device. */
export const MAX_THRESHOLD_LIMIT = 1_000_000;
/** Longest unit label (`只/灯·夜`). */
export const MAX_UNIT_CHARS = 50;

export const thresholdRowSchema = z.strictObject({
	standard: textField('standard', MAX_NAME_CHARS)
		.trim()
		.min(1, 'standard must name the edition, e.g. GB/T 27770-2011'),
	method: idField('method', 'a method code'),
	indicator: z.enum(['value', 'value2'], { message: 'indicator must be value or value2' }),
	level: z.enum(['A', 'B', 'C'], { message: 'level must be A, B or C' }),
	limit: numberField('limit', 0, MAX_THRESHOLD_LIMIT),
	comparison: z.enum(['<=', '<'], { message: 'comparison must be <= or <' }).default('<='),
	active: z.boolean({ message: 'active must be true or false' }).default(true)
});
export type ThresholdRowInput = z.infer<typeof thresholdRowSchema>;

/** Most threshold rows one request may write: every method of every edition fits. */
export const MAX_THRESHOLD_ROWS = 500;

export const putThresholdsSchema = z.strictObject({
	rows: z
		.array(thresholdRowSchema)
		.min(1, 'rows must hold at least one threshold')
		.max(MAX_THRESHOLD_ROWS, `rows may hold at most ${MAX_THRESHOLD_ROWS} thresholds`)
});

export const patchSurveyMethodSchema = z
	.strictObject({
		nameZh: nameField('nameZh').optional(),
		nameEn: nameField('nameEn').optional(),
		unitZh: textField('unitZh', MAX_UNIT_CHARS).optional(),
		unitEn: textField('unitEn', MAX_UNIT_CHARS).optional()
	})
	.refine((x) => Object.keys(x).length > 0, {
		message: 'give at least one of nameZh, nameEn, unitZh, unitEn'
	});

/** A level the standards grade to: A is best; failing all three is `FAIL` (a `Level`). */
export type ControlLevel = Exclude<Level, 'FAIL' | null>;

export interface ControlThreshold {
	/** Edition the limit comes from, e.g. `GB/T 27770-2011`. */
	standard: string;
	method: string;
	/** `value` is the method's index; `value2` its second value (domain.md §1). */
	indicator: 'value' | 'value2';
	level: ControlLevel;
	limit: number;
	/** `<=` for most limits; `<` where the standard says "less than" (larvae per positive dip). */
	comparison: '<=' | '<';
	active: boolean;
}

/** A survey method of domain.md §1: what count, effort and count2 mean, and the index's scale. */
export interface SurveyMethod {
	code: string;
	pest: Pest;
	nameZh: string;
	nameEn: string;
	countMeaning: string;
	effortMeaning: string;
	count2Meaning: string | null;
	/** 100 for percentages and ×100 indices (BI, MOI), 1 for densities per device. */
	multiplier: number;
	unitZh: string;
	unitEn: string;
	/** True when count can never exceed effort (a proportion of inspected units). */
	proportion: boolean;
	/**
	 * The second value of a method that has one: count2 / count (larvae per positive dip,
	 * flies per positive room) or count2 / effort (positive boards), times its multiplier.
	 */
	value2: { denominator: 'count' | 'effort'; multiplier: number } | null;
}

/** A blind-spot (垃圾死角) case category with its default deadline. */
export interface BlindSpotCategory {
	code: string;
	nameZh: string;
	nameEn: string;
	/** Default rectification deadline in working hours (8 per working day). */
	deadlineHours: number;
}

/** `GET /api/catalogues`: the code tables the map colours and names come from. */
export interface CataloguesResponse {
	surveyMethods: SurveyMethod[];
	blindSpotCategories: BlindSpotCategory[];
	/** Active A/B/C limits per method (domain.md §2), shown in the zone panel and chart. */
	controlThresholds: ControlThreshold[];
	/** Issue 17: editions with their dates, and the sample minimums per method. */
	standardEditions?: StandardEdition[];
	sampleMinimums?: SampleMinimum[];
}

/**
 * Issue 17: an edition of a control-level standard with the dates it grades (null = open).
 * A survey is graded by the edition in force on its date; an edition with no threshold rows
 * (its limits not yet entered) leaves its pest's methods ungraded for its dates.
 */
export interface StandardEdition {
	/** Matches `ControlThreshold.standard`, e.g. `GB/T 27772-2025`. */
	standard: string;
	pest: Pest;
	/** First day in force (ISO date), null = since always. */
	validFrom: string | null;
	/** Last day in force (ISO date), null = still in force. */
	validTo: string | null;
	/** Where the dates (and limits) come from. */
	source: string;
	/** E.g. `限值未录入` when the limits are not in the catalogue. */
	note: string | null;
}

/** Issue 17: how much effort a sample needs before it is graded, per method. */
export interface SampleMinimum {
	method: string;
	/** Least summed effort for the town's grade (rooms, km, dips…, the method's effort). */
	townMin: number;
	/** Least summed effort for one community, grid or H3 cell. */
	unitMin: number;
	unitZh: string;
	unitEn: string;
	source: string;
	/** H, M or L as in domain.md; L = a local default, not from a standard. */
	confidence: 'H' | 'M' | 'L';
}

/** Largest sample minimum: far past any town's rooms or trap-nights. */
export const MAX_SAMPLE_MINIMUM = 1_000_000;

export const sampleMinimumRowSchema = z
	.strictObject({
		method: idField('method', 'a method code'),
		townMin: numberField('townMin', 0, MAX_SAMPLE_MINIMUM),
		unitMin: numberField('unitMin', 0, MAX_SAMPLE_MINIMUM),
		unitZh: textField('unitZh', MAX_UNIT_CHARS).trim().min(1, 'unitZh must name the unit'),
		unitEn: textField('unitEn', MAX_UNIT_CHARS).trim().min(1, 'unitEn must name the unit'),
		source: textField('source', MAX_NAME_CHARS)
			.trim()
			.min(1, 'source must say where it comes from'),
		confidence: z.enum(['H', 'M', 'L'], { message: 'confidence must be H, M or L' })
	})
	.refine((r) => r.unitMin <= r.townMin, {
		message: 'unitMin must not exceed townMin',
		path: ['unitMin']
	});

export const putSampleMinimumsSchema = z.strictObject({
	rows: z
		.array(sampleMinimumRowSchema)
		.min(1, 'rows must hold at least one minimum')
		.max(MAX_THRESHOLD_ROWS, `rows may hold at most ${MAX_THRESHOLD_ROWS} minimums`)
});
