/** Season comparison for leaders (issue 6): request schemas and response shapes. */
import { z } from 'zod';
import type { ControlLevel } from './catalogues';
import type { AedesRisk, EditionChange, IndicatorJson, Level } from './density';
import { MAX_YEAR, MIN_YEAR } from './dates';
import { formatField, idField, langField, pestField as pest, wholeNumberField } from './fields';
import type { Pest } from './records';

const method = idField('method', 'a method code such as mosquito.light_trap');
const period = (field: string) => idField(field, 'a period such as 2025-summer');

/** Most years one series compares. */
export const MAX_SERIES_YEARS = 20;

export const compareQuerySchema = z.strictObject({
	pest,
	method,
	a: period('a'),
	b: period('b'),
	by: z.enum(['zone', 'grid'], { message: 'by must be zone or grid' }).default('zone')
});

export const compareExportQuerySchema = z.strictObject({
	...compareQuerySchema.shape,
	format: formatField(['csv', 'xlsx']),
	lang: langField
});

export const seriesQuerySchema = z.strictObject({
	pest,
	method,
	years: z
		.string({ message: 'years must be a comma-separated list such as 2023,2024,2025' })
		.max(MAX_SERIES_YEARS * 5, {
			message: `years may name at most ${MAX_SERIES_YEARS} years`,
			abort: true
		})
		.regex(/^\d{4}(,\d{4})*$/, {
			message: 'years must be a comma-separated list such as 2023,2024,2025',
			abort: true
		})
		.transform((s) => [...new Set(s.split(',').map(Number))].sort((x, y) => x - y))
		.refine((ys) => ys.every((y) => y >= MIN_YEAR && y <= MAX_YEAR), {
			message: `years must be years from ${MIN_YEAR} to ${MAX_YEAR}`
		})
		.optional(),
	unit: idField('unit', 'a zone or grid id').optional()
});
export type SeriesQuery = z.infer<typeof seriesQuerySchema>;

/** The longest pre or post window of a spray round, in days. */
export const MAX_WINDOW_DAYS = 120;

export const sprayingQuerySchema = z.strictObject({
	pest,
	method,
	preDays: wholeNumberField('preDays', 7, 120).default(45),
	postDays: wholeNumberField('postDays', 7, 120).default(45)
});
export type SprayingQuery = z.infer<typeof sprayingQuerySchema>;

export const overviewQuerySchema = z.strictObject({
	season: period('season').optional()
});

/** A resolved period: its id and inclusive ISO dates. */
export interface PeriodWindow {
	id: string;
	from: string;
	to: string;
}

export type LevelChange = 'improved' | 'worsened' | 'unchanged' | null;

export interface UnitSide {
	/** The method's index in the period, as /api/density gives it. */
	value: number | null;
	/** The unit's pest level in the period (worst graded indicator). */
	level: Level;
	/** The chosen method's own level, when the standards grade it. */
	methodLevel: Level;
	/** Why `methodLevel` is null: `not_graded` (no limits), `no_data`, `second_value_missing`. */
	methodNote: IndicatorJson['note'];
	/** Mosquito units: the BI/MOI dengue risk band in the period (domain.md §2). */
	aedesRisk?: AedesRisk | null;
}

export interface UnitComparison {
	id: string;
	name: string;
	a: UnitSide;
	b: UnitSide;
	/** b − a; null when either side has no value. */
	delta: number | null;
	/** (b − a) / a × 100; null when a is 0 or missing. */
	deltaPct: number | null;
	/** From `methodLevel` on both sides: the method in view, not the pest's worst indicator. */
	levelChange: LevelChange;
}

/** `GET /api/compare`: period A against period B per zone or grid. */
export interface CompareResponse {
	pest: Pest;
	method: string;
	a: PeriodWindow;
	b: PeriodWindow;
	units: UnitComparison[];
	/** Issue 17: edition changes inside A, inside B or between them (A graded by one edition,
	 * B by the next), so the page can say the two sides are not held to the same limits. */
	editionChanges?: EditionChange[];
}

/** A month's value against the mean of the same month in the earlier years available. */
export interface Anomaly {
	year: number;
	month: number;
	value: number | null;
	baseline: number | null;
	anomalyPct: number | null;
	baselineYears: number[];
}

/** `GET /api/series`: monthly index per year with baseline anomalies and the A/B/C limits. */
export interface SeriesResponse {
	pest: Pest;
	method: string;
	unit: string | null;
	years: { year: number; peakMonth: number | null }[];
	months: (Anomaly & { level: Level })[];
	limits: { level: ControlLevel; limit: number }[];
}

export type SprayVerdict = 'effective' | 'partial' | 'no_effect' | 'insufficient_data';

export interface WindowValue {
	value: number | null;
	count: number;
	effort: number;
	/** Survey records behind the value: what a reader weighs an RPI by. */
	surveys: number;
}

/**
 * Why a round has no RPI: it came before the first survey of its year, a window holds no
 * surveys of the treated or control zones, the baseline is 0 (nothing to fall), or every
 * zone was treated.
 */
export type UnjudgedReason =
	'before_first_survey' | 'no_pre_surveys' | 'no_post_surveys' | 'zero_baseline' | 'no_controls';

export interface RoundUnjudged {
	reason: UnjudgedReason;
	/** First survey of the method in the round's year, anywhere in the town. */
	firstSurvey: string | null;
	/** The window that needs surveys of both treated and control zones for a verdict. */
	window: [string, string];
	/** The `preDays` (or `postDays` for missing post surveys), at most 120, whose window
	 * would take in the nearest surveys of both; null when none would. */
	suggestedDays: number | null;
}

/** One spray round's before/after index in its treated zones and in the controls. */
export interface RoundEffect {
	campaign: string;
	from: string;
	to: string;
	treated: string[];
	controls: string[];
	pre: { window: [string, string]; treated: WindowValue; control: WindowValue };
	post: { window: [string, string]; treated: WindowValue; control: WindowValue };
	treatedDeclinePct: number | null;
	controlDeclinePct: number | null;
	rpi: number | null;
	verdict: SprayVerdict;
	/** Why there is no RPI; null when the round was judged. */
	unjudged: RoundUnjudged | null;
}

/** `GET /api/spraying/effect`: decline and RPI per spray round. */
export interface SprayingResponse {
	pest: Pest;
	method: string;
	preDays: number;
	postDays: number;
	rounds: RoundEffect[];
}

/** Units per level; `none` for units not graded. */
export type LevelCounts = Record<'A' | 'B' | 'C' | 'FAIL' | 'none', number>;

export interface OverviewPest {
	pest: Pest;
	levels: LevelCounts;
	lastYearLevels: LevelCounts;
	/** Communities/villages with any survey of the pest in the season; 0 = the season has no
	 * surveys, so its counts are missing data, not an improvement (issue 11 item 2). */
	surveyedUnits: number;
	lastYearSurveyedUnits: number;
	worstZones: { id: string; name: string; level: Level }[];
	campaigns: {
		campaign: string;
		from: string;
		to: string;
		method: string;
		rpi: number | null;
		verdict: SprayVerdict;
		/** Survey records behind the RPI, before and after, in treated and control zones. */
		surveys: RoundSurveys;
	}[];
}

/** How many survey records each window of a round's RPI rests on (issue 11 item 16). */
export interface RoundSurveys {
	pre: { treated: number; control: number };
	post: { treated: number; control: number };
}

/** `GET /api/overview`: one season against the same season last year (nulls without data). */
export interface OverviewResponse {
	season: PeriodWindow | null;
	lastYear: PeriodWindow | null;
	pests: OverviewPest[];
}
