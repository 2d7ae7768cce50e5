import { Hono } from 'hono';
import {
	endResponsibilityBodySchema,
	exportResponsibilitiesQuerySchema,
	listResponsibilitiesQuerySchema,
	responsibilityHistoryQuerySchema,
	responsibilityIdParamSchema,
	saveResponsibilityBodySchema
} from '../contract/responsibility-requests';
import type { Database } from '../db/database';
import { AppError } from '../errors';
import { registryExportColumns, registrySheetName } from '../format/registry-export';
import { writeTable } from '../format/file-writers';
import { photoFormBodyLimit } from '../middleware/photo-form-body-limit';
import { deletePhotos } from '../services/photos';
import { readPhotoParts } from '../services/photo-parts';
import {
	attachScan,
	endResponsibility,
	listResponsibilities,
	responsibilityHistory,
	saveResponsibility
} from '../services/responsibilities';
import type { AuthEnv } from './http/auth-env';
import { sendFile } from './http/download';
import { photoRoot } from './http/photo-forms';
import { langOf } from './http/request-lang';
import { validate } from './http/validation';

/**
 * `/api/responsibilities` (issue 15 item 1): the 卫生目标责任制 registry. Everyone signed in
 * reads (phones masked for roles that do not ring people); the office writes, each write one
 * audited transaction. The pledge's scan comes as multipart (`scan`, one photo).
 */
export function createResponsibilityRoutes(
	db: Database,
	now: () => Date = () => new Date(),
	photosDir: string | null = null
) {
	return new Hono<AuthEnv>()
		.get('/', validate('query', listResponsibilitiesQuerySchema), async (c) => {
			const { lang: _lang, ...filters } = c.req.valid('query');
			return c.json(await listResponsibilities(db, c.get('actor').role, filters));
		})
		.get('/history', validate('query', responsibilityHistoryQuerySchema), async (c) => {
			const { kind, target } = c.req.valid('query');
			return c.json(await responsibilityHistory(db, c.get('actor').role, kind, target, langOf(c)));
		})
		.get('/export', validate('query', exportResponsibilitiesQuerySchema), async (c) => {
			const { format, lang, ...filters } = c.req.valid('query');
			const { rows } = await listResponsibilities(db, c.get('actor').role, filters);
			const table = {
				columns: registryExportColumns(lang),
				rows,
				sheet: registrySheetName(lang)
			};
			return sendFile(c, await writeTable(format, table, 'sanimap-registry'));
		})
		.post('/', validate('json', saveResponsibilityBodySchema), async (c) => {
			const saved = await saveResponsibility(
				db,
				c.get('actor'),
				c.req.valid('json'),
				now(),
				langOf(c)
			);
			return c.json(saved, saved.change === 'updated' ? 200 : 201);
		})
		.post(
			'/:id/end',
			validate('param', responsibilityIdParamSchema),
			validate('json', endResponsibilityBodySchema),
			async (c) => {
				const { id } = c.req.valid('param');
				const { note } = c.req.valid('json');
				return c.json(await endResponsibility(db, c.get('actor'), id, note, now(), langOf(c)));
			}
		)
		.post(
			'/:id/scan',
			validate('param', responsibilityIdParamSchema),
			photoFormBodyLimit(),
			async (c) => {
				const { id } = c.req.valid('param');
				const lang = langOf(c);
				const root = photoRoot(photosDir);
				if (!/^multipart\/form-data\b/i.test(c.req.header('content-type') ?? '')) {
					throw new AppError(
						415,
						'not_multipart',
						lang === 'en'
							? 'send the scan as multipart/form-data in the field "scan"'
							: '请以 multipart/form-data 上传，扫描件放在 scan 字段'
					);
				}
				const form = await c.req.formData();
				const [photo] = await readPhotoParts(form, {
					root,
					field: 'scan',
					min: 1,
					max: 1
				});
				try {
					return c.json(await attachScan(db, c.get('actor'), id, photo.id, lang));
				} catch (e) {
					await deletePhotos(root, [photo.id]);
					throw e;
				}
			}
		);
}
