/** Editable catalogues (issue 3): control-level thresholds and survey-method labels. */
import { z } from 'zod';

export const thresholdRowSchema = z.strictObject({
	standard: z.string().trim().min(1, 'standard must name the edition, e.g. GB/T 27770-2011'),
	method: z.string().min(1, 'method must be a method code'),
	indicator: z.enum(['value', 'value2'], { message: 'indicator must be value or value2' }),
	level: z.enum(['A', 'B', 'C'], { message: 'level must be A, B or C' }),
	limit: z
		.number({ message: 'limit must be a number' })
		.finite()
		.nonnegative('limit must not be negative'),
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
		.max(MAX_THRESHOLD_ROWS)
});

export const patchSurveyMethodSchema = z
	.strictObject({
		nameZh: z.string().trim().min(1).optional(),
		nameEn: z.string().trim().min(1).optional(),
		unitZh: z.string().optional(),
		unitEn: z.string().optional()
	})
	.refine((x) => Object.keys(x).length > 0, {
		message: 'give at least one of nameZh, nameEn, unitZh, unitEn'
	});
