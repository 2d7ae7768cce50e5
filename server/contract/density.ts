/**
 * The density contract (issue 3): `/api/density` query and `/api/density/calculate` body.
 */
import { z } from 'zod';
import { PESTS } from './records';
import { isoDate } from './dates';

/** Most records one calculator request may grade: a survey sheet, not a database. */
export const MAX_CALCULATE_RECORDS = 10_000;

export const DENSITY_UNITS = ['zone', 'grid', 'h3'] as const;
export type DensityUnitKind = (typeof DENSITY_UNITS)[number];

export const densityQuerySchema = z
	.strictObject({
		pest: z.enum(PESTS, { message: `pest must be one of ${PESTS.join(', ')}` }),
		by: z
			.enum(DENSITY_UNITS, { message: `by must be one of ${DENSITY_UNITS.join(', ')}` })
			.default('zone'),
		res: z.coerce
			.number({ message: 'res must be a number from 7 to 10' })
			.int('res must be a whole number from 7 to 10')
			.min(7, 'res must be from 7 to 10')
			.max(10, 'res must be from 7 to 10')
			.default(9),
		from: isoDate('from').optional(),
		to: isoDate('to').optional()
	})
	.refine((q) => !q.from || !q.to || q.from <= q.to, {
		message: 'from must not be after to',
		path: ['from']
	});
export type DensityQuery = z.infer<typeof densityQuerySchema>;

/** The index of one zone or grid month by month (the zone panel's chart). */
export const densitySeriesQuerySchema = z
	.strictObject({
		pest: densityQuerySchema.shape.pest,
		unit: z.string().min(1, 'unit must be a zone or grid id'),
		from: isoDate('from').optional(),
		to: isoDate('to').optional()
	})
	.refine((q) => !q.from || !q.to || q.from <= q.to, {
		message: 'from must not be after to',
		path: ['from']
	});

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
		format: z.enum(['csv', 'xlsx'], { message: 'format must be csv or xlsx' }),
		lang: z.enum(['zh-CN', 'en'], { message: 'lang must be zh-CN or en' }).default('zh-CN')
	})
	.refine((q) => !q.from || !q.to || q.from <= q.to, {
		message: 'from must not be after to',
		path: ['from']
	});

const nonNegative = (field: string) =>
	z
		.number({ message: `${field} must be a number` })
		.finite(`${field} must be a finite number`)
		.nonnegative(`${field} must not be negative`);

export const calculateBodySchema = z.strictObject({
	records: z
		.array(
			z.strictObject({
				pest: z.enum(PESTS, { message: `pest must be one of ${PESTS.join(', ')}` }),
				method: z.string({ message: 'method must be a method code such as rat.indoor_signs' }),
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
	/** `no_data` (zero effort), `not_graded` (no limits), `second_value_missing`. */
	note: 'no_data' | 'not_graded' | 'second_value_missing' | null;
}

export interface DensityUnitJson {
	id: string;
	name: string;
	level: Level;
	indicators: IndicatorJson[];
}

export interface DensityResponse {
	pest: string;
	from: string | null;
	to: string | null;
	units: DensityUnitJson[];
}
