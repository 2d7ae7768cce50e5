import { Hono } from 'hono';
import {
	createFrontageBodySchema,
	exportFrontageQuerySchema,
	frontageIdParamSchema,
	listFrontageQuerySchema,
	patchFrontageBodySchema
} from '../contract/frontage-requests';
import type { Database } from '../db/database';
import { writeTable } from '../format/file-writers';
import { frontageExportColumns, frontageExportSheet } from '../format/frontage-export';
import {
	createFrontage,
	listFrontage,
	readFrontage,
	retireFrontage,
	updateFrontage
} from '../services/frontage';
import type { AuthEnv } from './http/auth-env';
import { sendFile } from './http/download';
import { langOf } from './http/request-lang';
import { validate } from './http/validation';

/** `/api/frontage` (issue 15 item 2): the 门前三包 ledger, its units and their frontage lines. */
export function createFrontageRoutes(db: Database, now: () => Date = () => new Date()) {
	return new Hono<AuthEnv>()
		.get('/', validate('query', listFrontageQuerySchema), async (c) => {
			const { lang: _lang, ...filters } = c.req.valid('query');
			return c.json(await listFrontage(db, c.get('actor'), filters, now()));
		})
		.get('/export', validate('query', exportFrontageQuerySchema), async (c) => {
			const { format, lang, ...filters } = c.req.valid('query');
			const units = await listFrontage(db, c.get('actor'), filters, now());
			const table = {
				columns: frontageExportColumns(lang),
				rows: units.features.map((f) => f.properties),
				sheet: frontageExportSheet(lang)
			};
			return sendFile(c, await writeTable(format, table, 'sanimap-frontage'));
		})
		.post('/', validate('json', createFrontageBodySchema), async (c) => {
			const unit = await createFrontage(db, c.get('actor'), c.req.valid('json'), now(), langOf(c));
			return c.json(unit, 201);
		})
		.get('/:id', validate('param', frontageIdParamSchema), async (c) => {
			const { id } = c.req.valid('param');
			return c.json(await readFrontage(db, c.get('actor'), id, now(), langOf(c)));
		})
		.patch(
			'/:id',
			validate('param', frontageIdParamSchema),
			validate('json', patchFrontageBodySchema),
			async (c) => {
				const { id } = c.req.valid('param');
				const body = c.req.valid('json');
				return c.json(await updateFrontage(db, c.get('actor'), id, body, now(), langOf(c)));
			}
		)
		.delete('/:id', validate('param', frontageIdParamSchema), async (c) => {
			const { id } = c.req.valid('param');
			return c.json(await retireFrontage(db, c.get('actor'), id, now(), langOf(c)));
		});
}
