import { Hono } from 'hono';
import { compareExportQuerySchema, compareQuerySchema } from '../contract/comparison';
import type { Database } from '../db/database';
import { compareExportColumns } from '../format/compare-export';
import { writeTable } from '../format/file-writers';
import { EXPORT_LABELS } from '../i18n/export-labels';
import { compare } from '../services/compare';
import { sendFile } from './http/download';
import { validate } from './http/validation';

/** `GET /api/compare`: period A against period B per zone or grid, and as a file. */
export function createCompareRoutes(db: Database) {
	return new Hono()
		.get('/', validate('query', compareQuerySchema), async (c) =>
			c.json(await compare(db, c.req.valid('query')))
		)
		.get('/export', validate('query', compareExportQuerySchema), async (c) => {
			const { format, lang, ...q } = c.req.valid('query');
			const result = await compare(db, q);
			const labels = EXPORT_LABELS[lang];
			const table = {
				columns: compareExportColumns(result.a.id, result.b.id, labels),
				rows: result.units,
				sheet: labels.compareSheet
			};
			const name = `sanimap-compare-${q.pest}-${result.a.id}-vs-${result.b.id}`;
			return sendFile(c, await writeTable(format, table, name));
		});
}
