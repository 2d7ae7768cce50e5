/**
 * Request schemas of the readiness view, the simulated district inspection, 创建卫生单位 and
 * the overview's assessment card (issue 16 lane D), checked at the HTTP boundary.
 */
import { z } from 'zod';
import { SANITARY_TITLES } from './assessment';
import {
	DEFAULT_SAMPLE_SECTIONS,
	MAX_READINESS_DAYS,
	MAX_SAMPLE_SECTIONS,
	MAX_SAMPLE_SEED
} from './assessment-readiness';
import { isoDate } from './dates';
import { idField, MAX_NOTE_CHARS, numberField, textField, wholeNumberField } from './fields';

export const readinessQuerySchema = z.strictObject({
	days: wholeNumberField('days', 1, MAX_READINESS_DAYS).optional()
});

export const simulateQuerySchema = z.strictObject({
	seed: wholeNumberField('seed', 0, MAX_SAMPLE_SEED).optional(),
	group: idField('group', 'a key group id').optional(),
	sections: wholeNumberField('sections', 1, MAX_SAMPLE_SECTIONS).default(DEFAULT_SAMPLE_SECTIONS),
	days: wholeNumberField('days', 1, MAX_READINESS_DAYS).optional(),
	lang: z.enum(['zh-CN', 'en'], { message: 'lang must be zh-CN or en' }).optional()
});
export type SimulateQuery = z.infer<typeof simulateQuerySchema>;

export const overviewAssessmentQuerySchema = z.strictObject({
	month: z
		.string({ message: 'month must be written YYYY-MM' })
		.max(7, 'month must be written YYYY-MM')
		.regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, 'month must be written YYYY-MM')
		.optional()
});

export const sanitaryUnitParamSchema = z.strictObject({ unitId: idField('unitId', 'a unit id') });

/** `PUT /api/sanitary-units/{unitId}`: the title (null takes it away) and since when. */
export const putSanitaryUnitBodySchema = z.strictObject({
	title: z.enum(SANITARY_TITLES, { message: 'title must be applying, holding or null' }).nullable(),
	since: isoDate('since').nullable().optional()
});
export type PutSanitaryUnitBody = z.infer<typeof putSanitaryUnitBodySchema>;

/** `POST /api/sanitary-units/{unitId}/assessments`: one assessment of the unit. */
export const postSanitaryAssessmentBodySchema = z.strictObject({
	assessedOn: isoDate('assessedOn'),
	score: numberField('score', 0, 100),
	passed: z.boolean({ message: 'passed must be true or false' }),
	note: textField('note', MAX_NOTE_CHARS).nullable().optional()
});
export type PostSanitaryAssessmentBody = z.infer<typeof postSanitaryAssessmentBodySchema>;
