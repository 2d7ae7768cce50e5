/** Season comparison for leaders (issue 6): request schemas and response shapes. */
import { z } from 'zod';
import type { ControlLevel } from './catalogues';
import type { Level } from './density';
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
	levelChange: LevelChange;
}

/** `GET /api/compare`: period A against period B per zone or grid. */
export interface CompareResponse {
	pest: Pest;
	method: string;
	a: PeriodWindow;
	b: PeriodWindow;
	units: UnitComparison[];
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
	worstZones: { id: string; name: string; level: Level }[];
	campaigns: {
		campaign: string;
		from: string;
		to: string;
		method: string;
		rpi: number | null;
		verdict: SprayVerdict;
	}[];
}

/** `GET /api/overview`: one season against the same season last year (nulls without data). */
export interface OverviewResponse {
	season: PeriodWindow | null;
	lastYear: PeriodWindow | null;
	pests: OverviewPest[];
}
