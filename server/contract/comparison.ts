/** Season comparison for leaders (issue 6): request schemas and response shapes. */
import { z } from 'zod';
import { formatField, langField, pestField as pest } from './fields';

const method = z
	.string({ message: 'method must be a method code such as mosquito.light_trap' })
	.min(1);
const period = (field: string) =>
	z
		.string({ message: `${field} must be a period such as 2025-summer` })
		.min(1, `${field} must not be empty`);

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
		.string()
		.regex(/^\d{4}(,\d{4})*$/, 'years must be a comma-separated list such as 2023,2024,2025')
		.transform((s) => [...new Set(s.split(',').map(Number))].sort((x, y) => x - y))
		.optional(),
	unit: z.string().min(1).optional()
});
export type SeriesQuery = z.infer<typeof seriesQuerySchema>;

export const sprayingQuerySchema = z.strictObject({
	pest,
	method,
	preDays: z.coerce
		.number()
		.int()
		.min(7, 'preDays must be 7 to 120')
		.max(120, 'preDays must be 7 to 120')
		.default(45),
	postDays: z.coerce
		.number()
		.int()
		.min(7, 'postDays must be 7 to 120')
		.max(120, 'postDays must be 7 to 120')
		.default(45)
});
export type SprayingQuery = z.infer<typeof sprayingQuerySchema>;

export const overviewQuerySchema = z.strictObject({
	season: period('season').optional()
});
