import { Hono, type Context } from 'hono';
import {
	batchDispatchBodySchema,
	caseActionBodySchema,
	caseIdParamSchema,
	caseIndicatorsQuerySchema,
	createCaseBodySchema,
	exportCasesQuerySchema,
	listCasesQuerySchema
} from '../contract/cases';
import type { Database } from '../db/database';
import { formatLocalTime } from '../domain/routing/local-time';
import { AppError } from '../errors';
import { caseExportColumns, caseExportSheet } from '../format/case-export';
import { writeTable } from '../format/file-writers';
import { batchDispatch, takeCaseAction } from '../services/case-actions';
import { loadCalendar } from '../services/case-calendar';
import { caseIndicatorRows, myTaskCount } from '../services/case-indicators';
import { createCase } from '../services/case-reports';
import { createCaseWithPhotos, takeCaseActionWithPhotos } from '../services/case-photo-reports';
import { caseActionForm, createCaseForm } from './http/case-forms';
import { categoryNames, findCases, listCases, readCaseDetail } from '../services/cases';
import type { AuthEnv } from './http/auth-env';
import { idempotencyKey } from './http/idempotency-key';
import { formRoute, photoRoot } from './http/photo-forms';
import { langOf } from './http/request-lang';
import { sendFile } from './http/download';
import { validate } from './http/validation';

/** Most cases one export file holds; narrow the filters beyond (422). */
export const MAX_CASE_EXPORT_ROWS = 100_000;

/**
 * `/api/cases` (design.md §3 "Cases"): the rectification loop. A report or an action may come
 * as multipart/form-data with photos (the phone page /m): `photos` on a report, `before` and
 * `after` on an action, under photoFormBodyLimit() instead of the app's JSON limit.
 */
export function createCaseRoutes(
	db: Database,
	now: () => Date = () => new Date(),
	photosDir: string | null = null
) {
	const clock = async (c: Context) => ({
		nowLocal: formatLocalTime(now()),
		calendar: await loadCalendar(db),
		lang: langOf(c)
	});
	return new Hono<AuthEnv>()
		.post(
			'/',
			formRoute(async (c) => {
				const form = await c.req.formData();
				const at = now();
				const { status, body } = await createCaseWithPhotos(
					db,
					c.get('actor'),
					form,
					createCaseForm(form),
					{
						now: at,
						nowLocal: formatLocalTime(at),
						calendar: await loadCalendar(db),
						idempotencyKey: idempotencyKey(c),
						photosDir: photoRoot(photosDir)
					}
				);
				return c.json(body, status as 201);
			})
		)
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
			formRoute(async (c) => {
				const id = c.req.param('id') ?? '';
				const form = await c.req.formData();
				const opts = { photosDir: photoRoot(photosDir), idempotencyKey: idempotencyKey(c) };
				const body = caseActionForm(form);
				return c.json(
					await takeCaseActionWithPhotos(db, c.get('actor'), id, form, body, await clock(c), opts)
				);
			}),
			validate('json', caseActionBodySchema),
			async (c) => {
				const { id } = c.req.valid('param');
				const body = c.req.valid('json');
				const extras = { idempotencyKey: idempotencyKey(c) };
				return c.json(await takeCaseAction(db, c.get('actor'), id, body, await clock(c), extras));
			}
		);
}
