/** Request schemas of the 环卫考核 scores, rules and ledger (issue 16 item 3, lane C). */
import { z } from 'zod';
import { REWARD_COMPARISONS, REWARD_KINDS, REWARD_TARGETS, REWARD_UNITS } from './assessment';
import {
	MONTH_PATTERN,
	periodRange,
	SCORE_DIMENSIONS,
	SCORE_LEVELS,
	SCORE_ORDERS,
	SCORE_PERIODS,
	WEEK_PATTERN
} from './assessment-scores';
import { formatField, langField, nameField, numberField } from './fields';

const EXPORT_FORMATS = ['csv', 'xlsx'] as const;

const oneOf = (field: string, values: readonly string[]) =>
	`${field} must be one of ${values.join(', ')}`;

export const monthField = (field = 'month') =>
	z
		.string({ message: `${field} must be written YYYY-MM` })
		.max(7, `${field} must be written YYYY-MM`)
		.regex(MONTH_PATTERN, `${field} must be written YYYY-MM`);

const scoreFields = {
	by: z.enum(SCORE_DIMENSIONS, { message: oneOf('by', SCORE_DIMENSIONS) }).default('road'),
	period: z.enum(SCORE_PERIODS, { message: oneOf('period', SCORE_PERIODS) }).default('month'),
	at: z
		.string({ message: 'at must be a month YYYY-MM or an ISO week YYYY-Www' })
		.max(8, 'at must be a month YYYY-MM or an ISO week YYYY-Www')
		.optional(),
	level: z.enum(SCORE_LEVELS, { message: oneOf('level', SCORE_LEVELS) }).default('all'),
	order: z.enum(SCORE_ORDERS, { message: oneOf('order', SCORE_ORDERS) }).default('best')
};

/** `at` must be a period of the kind asked for, and one the calendar has. */
function checkAt(q: { period: 'week' | 'month'; at?: string }, ctx: z.RefinementCtx) {
	if (q.at === undefined) return;
	const pattern = q.period === 'month' ? MONTH_PATTERN : WEEK_PATTERN;
	if (!pattern.test(q.at) || !periodRange(q.period, q.at)) {
		ctx.addIssue({
			code: 'custom',
			path: ['at'],
			message:
				q.period === 'month'
					? 'at must be a month written YYYY-MM'
					: 'at must be an ISO week written YYYY-Www that the year has'
		});
	}
}

/** `GET /api/assessment/scores?by=&period=&at=&level=&order=` (at: this period when absent). */
export const scoreQuerySchema = z.object(scoreFields).superRefine(checkAt);

export const scoreExportQuerySchema = z
	.object({ ...scoreFields, format: formatField(EXPORT_FORMATS).default('csv'), lang: langField })
	.superRefine(checkAt);

/** `GET /api/assessment/ledger?month=` (this month when absent). */
export const ledgerQuerySchema = z.object({ month: monthField().optional() });
export const ledgerExportQuerySchema = z.object({
	month: monthField().optional(),
	format: formatField(EXPORT_FORMATS).default('csv'),
	lang: langField
});
/** `POST /api/assessment/ledger/settle` */
export const settleBodySchema = z.object({ month: monthField() }).strict();

/** `POST /api/assessment/reward-rules`, `PUT /api/assessment/reward-rules/:id` (the whole rule). */
export const rewardRuleBodySchema = z
	.object({
		nameZh: nameField('nameZh'),
		nameEn: nameField('nameEn'),
		target: z.enum(REWARD_TARGETS, { message: oneOf('target', REWARD_TARGETS) }),
		comparison: z.enum(REWARD_COMPARISONS, { message: oneOf('comparison', REWARD_COMPARISONS) }),
		threshold: numberField('threshold', 0, 100, 'a score'),
		kind: z.enum(REWARD_KINDS, { message: oneOf('kind', REWARD_KINDS) }),
		amount: numberField('amount', 0, 10_000_000),
		unit: z.enum(REWARD_UNITS, { message: oneOf('unit', REWARD_UNITS) }),
		active: z.boolean({ message: 'active must be true or false' }).default(true)
	})
	.strict();
export type RewardRuleBody = z.infer<typeof rewardRuleBodySchema>;
