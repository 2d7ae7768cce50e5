import { Hono, type Context } from 'hono';
import {
	batchDispatchBodySchema,
	caseActionBodySchema,
	caseIdParamSchema,
	caseIndicatorsQuerySchema,
	createCaseBodySchema,
	exportCasesQuerySchema,
	listCasesQuerySchema,
	MAX_IDEMPOTENCY_KEY_CHARS
} from '../contract/cases';
import type { Database } from '../db/database';
import { formatLocalTime } from '../domain/routing/local-time';
import { BadRequestError, AppError } from '../errors';
import { caseExportColumns, caseExportSheet } from '../format/case-export';
import { writeTable } from '../format/file-writers';
import { batchDispatch, takeCaseAction } from '../services/case-actions';
import { loadCalendar } from '../services/case-calendar';
import { caseIndicatorRows, myTaskCount } from '../services/case-indicators';
import { createCase } from '../services/case-reports';
import { categoryNames, findCases, listCases, readCaseDetail } from '../services/cases';
import type { AuthEnv } from './http/auth-env';
import { sendFile } from './http/download';
import { validate } from './http/validation';

/** Most cases one export file holds; narrow the filters beyond (422). */
export const MAX_CASE_EXPORT_ROWS = 100_000;

/** The language of a refusal: `?lang=en`, else an English `Accept-Language`, else Chinese. */
function langOf(c: Context): 'zh-CN' | 'en' {
	const q = c.req.query('lang');
	if (q === 'en' || q === 'zh-CN') return q;
	return /^en\b/i.test(c.req.header('accept-language') ?? '') ? 'en' : 'zh-CN';
}

function idempotencyKey(c: Context): string | undefined {
	const key = c.req.header('idempotency-key')?.trim();
	if (key === undefined || key === '') return undefined;
	if (key.length > MAX_IDEMPOTENCY_KEY_CHARS) {
		throw new BadRequestError(
			`Idempotency-Key must be at most ${MAX_IDEMPOTENCY_KEY_CHARS} characters`
		);
	}
	return key;
}

/** `/api/cases` (design.md §3 "Cases"): the rectification loop. */
export function createCaseRoutes(db: Database, now: () => Date = () => new Date()) {
	const clock = async (c: Context) => ({
		nowLocal: formatLocalTime(now()),
		calendar: await loadCalendar(db),
		lang: langOf(c)
	});
	return new Hono<AuthEnv>()
		.post('/', validate('json', createCaseBodySchema), async (c) => {
			const at = now();
			const { status, body } = await createCase(db, c.get('actor'), c.req.valid('json'), {
				now: at,
				nowLocal: formatLocalTime(at),
				calendar: await loadCalendar(db),
				idempotencyKey: idempotencyKey(c)
			});
			return c.json(body, status as 201);
		})
		.get('/', validate('query', listCasesQuerySchema), async (c) => {
			const { nowLocal, calendar } = await clock(c);
			return c.json(await listCases(db, c.get('actor'), c.req.valid('query'), nowLocal, calendar));
		})
		.get('/export', validate('query', exportCasesQuerySchema), async (c) => {
			const { format, lang, ...filters } = c.req.valid('query');
			const { nowLocal, calendar } = await clock(c);
			const cases = await findCases(db, c.get('actor'), filters, nowLocal, calendar);
			if (cases.length > MAX_CASE_EXPORT_ROWS) {
				throw new AppError(
					422,
					'too_many_cases',
					`more than ${MAX_CASE_EXPORT_ROWS} cases match; narrow the filters`,
					{ limit: MAX_CASE_EXPORT_ROWS }
				);
			}
			const table = {
				columns: caseExportColumns(lang, await categoryNames(db, lang)),
				rows: cases,
				sheet: caseExportSheet(lang)
			};
			return sendFile(c, await writeTable(format, table, 'sanimap-cases'));
		})
		.get('/indicators', validate('query', caseIndicatorsQuerySchema), async (c) => {
			const { nowLocal, calendar } = await clock(c);
			const rows = await caseIndicatorRows(db, c.req.valid('query'), nowLocal, calendar);
			return c.json({ rows });
		})
		.get('/mine/count', async (c) => {
			const { nowLocal, calendar } = await clock(c);
			return c.json(await myTaskCount(db, c.get('actor'), nowLocal, calendar));
		})
		.post('/dispatch', validate('json', batchDispatchBodySchema), async (c) =>
			c.json(await batchDispatch(db, c.get('actor'), c.req.valid('json'), await clock(c)))
		)
		.get('/:id', validate('param', caseIdParamSchema), async (c) => {
			const { nowLocal, calendar } = await clock(c);
			const { id } = c.req.valid('param');
			return c.json(await readCaseDetail(db, c.get('actor'), id, nowLocal, calendar));
		})
		.post(
			'/:id/actions',
			validate('param', caseIdParamSchema),
			validate('json', caseActionBodySchema),
			async (c) => {
				const { id } = c.req.valid('param');
				const body = c.req.valid('json');
				return c.json(await takeCaseAction(db, c.get('actor'), id, body, await clock(c)));
			}
		);
}
