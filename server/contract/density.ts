/**
 * The density contract (issue 3): `/api/density` query and `/api/density/calculate` body.
 */
import { z } from 'zod';
import type { AedesRisk } from './aedes-risk';
import {
	dateWindowFields,
	formatField,
	h3ResField,
	idField,
	isOrderedWindow,
	langField,
	numberField,
	pestField,
	UNORDERED_WINDOW
} from './fields';

/** Most records one calculator request may grade: a survey sheet, not a database. */
export const MAX_CALCULATE_RECORDS = 10_000;

export const DENSITY_UNITS = ['zone', 'grid', 'h3'] as const;
export type DensityUnitKind = (typeof DENSITY_UNITS)[number];

export const densityQuerySchema = z
	.strictObject({
		pest: pestField,
		by: z
			.enum(DENSITY_UNITS, { message: `by must be one of ${DENSITY_UNITS.join(', ')}` })
			.default('zone'),
		res: h3ResField,
		...dateWindowFields
	})
	.refine(isOrderedWindow, UNORDERED_WINDOW);
export type DensityQuery = z.infer<typeof densityQuerySchema>;

/** The index of one zone or grid month by month (the zone panel's chart). */
export const densitySeriesQuerySchema = z
	.strictObject({
		pest: pestField,
		unit: idField('unit', 'a zone or grid id'),
		...dateWindowFields
	})
	.refine(isOrderedWindow, UNORDERED_WINDOW);
export type DensitySeriesQuery = z.infer<typeof densitySeriesQuerySchema>;

export interface DensitySeriesResponse {
	pest: string;
	unit: { id: string; name: string; kind: string };
	from: string | null;
	to: string | null;
	/** One entry per month that has surveys, oldest first. */
	months: { month: string; level: Level; indicators: IndicatorJson[] }[];
}

/** The density table as a file: the same query plus `format` and the reader's `lang`. */
export const densityExportQuerySchema = z
	.strictObject({
		...densityQuerySchema.shape,
		format: formatField(['csv', 'xlsx']),
		lang: langField
	})
	.refine(isOrderedWindow, UNORDERED_WINDOW);

/** Largest count or effort one record may hold: far past any trap, room or board count. */
export const MAX_SURVEY_COUNT = 1_000_000_000;

const nonNegative = (field: string) => numberField(field, 0, MAX_SURVEY_COUNT);

export const calculateBodySchema = z.strictObject({
	records: z
		.array(
			z.strictObject({
				pest: pestField,
				method: idField('method', 'a method code such as rat.indoor_signs'),
				count: nonNegative('count'),
				effort: nonNegative('effort'),
				count2: nonNegative('count2').nullable().optional()
			})
		)
		.min(1, 'records must hold at least one record')
		.max(MAX_CALCULATE_RECORDS, `records may hold at most ${MAX_CALCULATE_RECORDS}`)
});
export type CalculateBody = z.infer<typeof calculateBodySchema>;

/** A level: A, B, C, FAIL, or null (not graded / no data). */
export type Level = 'A' | 'B' | 'C' | 'FAIL' | null;

export interface IndicatorJson {
	method: string;
	value: number | null;
	value2: number | null;
	count: number;
	effort: number;
	count2: number | null;
	level: Level;
	/** `no_data` (zero effort), `not_graded` (no limits), `second_value_missing`; issue 17:
	 * `sample_too_small` (effort below `sampleMin`), `limits_not_entered` (the edition in force
	 * has no limits in the catalogue, e.g. GB/T 27772-2025). */
	note: IndicatorNoteJson | null;
	/** Issue 17: the edition that graded it; null when several did (see `shares`) or none. */
	standard?: string | null;
	/** Issue 17: one entry per edition when the period straddles an edition change. */
	shares?: EditionShareJson[];
	/** Issue 17: least effort this sample needs to be graded; null when the method has none. */
	sampleMin?: number | null;
}

export type IndicatorNoteJson =
	'no_data' | 'not_graded' | 'second_value_missing' | 'sample_too_small' | 'limits_not_entered';

/** Issue 17: the records of one edition's dates inside a period, graded by that edition. */
export interface EditionShareJson {
	/** The edition in force, or null when no edition record covers the dates. */
	standard: string | null;
	from: string;
	to: string;
	count: number;
	effort: number;
	value: number | null;
	level: Level;
	note: IndicatorNoteJson | null;
}

/** Issue 17: an edition change inside a period: `from` is replaced by `to` on `date`. */
export interface EditionChange {
	pest: string;
	from: string;
	to: string;
	/** First day of the new edition (ISO date). */
	date: string;
}

/** Issue 17: `GET /api/density/town`, the whole town's grade per pest and method. */
export const townGradeQuerySchema = z
	.strictObject({
		pest: pestField.optional(),
		...dateWindowFields
	})
	.refine(isOrderedWindow, UNORDERED_WINDOW);
export type TownGradeQuery = z.infer<typeof townGradeQuerySchema>;

export interface TownPestJson {
	pest: string;
	/** Worst graded indicator (domain.md §2); null when none could be graded. */
	level: Level;
	indicators: IndicatorJson[];
}

export interface TownGradeResponse {
	from: string | null;
	to: string | null;
	pests: TownPestJson[];
	editionChanges: EditionChange[];
}

export {
	AEDES_INDEX_METHODS,
	AEDES_RISK_BANDS,
	DENGUE_SEASON_MONTHS,
	type AedesRisk,
	type AedesRiskBand
} from './aedes-risk';
export interface DensityUnitJson {
	id: string;
	name: string;
	level: Level;
	indicators: IndicatorJson[];
	/** Mosquito units only: the BI/MOI risk band, which the control level does not include
	 * (a unit can be A with an outbreak-risk BI); null without BI or MOI data. */
	aedesRisk?: AedesRisk | null;
	/** Issue 17: why the level is null although the unit has surveys. */
	levelNote?: 'sample_too_small' | 'limits_not_entered' | null;
}

export interface DensityResponse {
	pest: string;
	from: string | null;
	to: string | null;
	units: DensityUnitJson[];
	/** Issue 17: edition changes inside from..to. */
	editionChanges?: EditionChange[];
}
