import { Hono } from 'hono';
import {
	ledgerExportQuerySchema,
	ledgerQuerySchema,
	rewardRuleBodySchema,
	scoreExportQuerySchema,
	scoreQuerySchema,
	settleBodySchema
} from '../contract/assessment-score-requests';
import { idField } from '../contract/fields';
import { z } from 'zod';
import type { Database } from '../db/database';
import { writeTable } from '../format/file-writers';
import { ledgerColumns, scoreColumns } from '../format/assessment-export';
import { formatLocalTime } from '../domain/routing/local-time';
import { ASSESSMENT_EXPORT_LABELS } from '../i18n/assessment-export-labels';
import {
	createRewardRule,
	listRewardRules,
	loadLedger,
	loadScores,
	settleLedger,
	updateRewardRule
} from '../services/assessment-scores';
import type { AuthEnv } from './http/auth-env';
import { sendFile } from './http/download';
import { langOf } from './http/request-lang';
import { validate } from './http/validation';

const thisMonth = (now: () => Date) => formatLocalTime(now()).slice(0, 7);
const ruleIdParamSchema = z.object({ id: idField('id', 'a reward rule id') });

/**
 * 环卫考核 rankings and the rewards-and-penalties ledger (issue 16 item 3, lane C), under
 * /api/assessment: scores (+ export), reward rules (admin writes), the month's ledger
 * (preview, settle, export).
 */
export function createAssessmentScoreRoutes(db: Database, now: () => Date) {
	return new Hono<AuthEnv>()
		.get('/scores', validate('query', scoreQuerySchema), async (c) =>
			c.json(await loadScores(db, c.req.valid('query'), now()))
		)
		.get('/scores/export', validate('query', scoreExportQuerySchema), async (c) => {
			const { format, lang, ...q } = c.req.valid('query');
			const report = await loadScores(db, q, now());
			const labels = ASSESSMENT_EXPORT_LABELS[lang];
			const table = {
				columns: scoreColumns(labels, report.at),
				rows: report.rows,
				sheet: `${labels.scoresSheet} ${labels.dimensions[report.by]}`
			};
			return sendFile(
				c,
				await writeTable(format, table, `sanimap-scores-${report.by}-${report.at}`)
			);
		})
		.get('/reward-rules', async (c) => c.json(await listRewardRules(db)))
		.post('/reward-rules', validate('json', rewardRuleBodySchema), async (c) =>
			c.json(await createRewardRule(db, c.get('actor'), c.req.valid('json'), now()), 201)
		)
		.put(
			'/reward-rules/:id',
			validate('param', ruleIdParamSchema),
			validate('json', rewardRuleBodySchema),
			async (c) =>
				c.json(
					await updateRewardRule(
						db,
						c.get('actor'),
						c.req.valid('param').id,
						c.req.valid('json'),
						now(),
						langOf(c)
					)
				)
		)
		.get('/ledger', validate('query', ledgerQuerySchema), async (c) =>
			c.json(await loadLedger(db, c.req.valid('query').month ?? thisMonth(now), now()))
		)
		.post('/ledger/settle', validate('json', settleBodySchema), async (c) =>
			c.json(await settleLedger(db, c.get('actor'), c.req.valid('json').month, now(), langOf(c)))
		)
		.get('/ledger/export', validate('query', ledgerExportQuerySchema), async (c) => {
			const { format, lang, month } = c.req.valid('query');
			const report = await loadLedger(db, month ?? thisMonth(now), now());
			const labels = ASSESSMENT_EXPORT_LABELS[lang];
			const table = {
				columns: ledgerColumns(labels, report, lang),
				rows: report.lines,
				sheet: `${labels.ledgerSheet} ${report.month}`
			};
			return sendFile(c, await writeTable(format, table, `sanimap-ledger-${report.month}`));
		});
}
