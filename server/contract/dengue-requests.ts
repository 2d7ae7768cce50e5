/** Request schema of the dengue-season week (issue 17 lane B), checked at the HTTP boundary. */
import { z } from 'zod';
import { isIsoWeek } from './iso-week';

/** An ISO week `YYYY-Www` (Monday–Sunday, Asia/Shanghai). */
export const isoWeekField = z
	.string({ message: 'week must be written YYYY-Www' })
	.max(8, 'week must be written YYYY-Www')
	.regex(/^(19|20)\d\d-W\d\d$/, 'week must be written YYYY-Www')
	.refine(isIsoWeek, 'week must be a week of that year (01–52 or 53)');

export const dengueWeekQuerySchema = z.strictObject({ week: isoWeekField.optional() });
export type DengueWeekQuery = z.infer<typeof dengueWeekQuerySchema>;
