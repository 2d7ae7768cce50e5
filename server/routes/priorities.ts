import { Hono } from 'hono';
import { priorityQuerySchema } from '../contract/hotspots';
import type { Database } from '../db/database';
import { writeTable } from '../format/file-writers';
import { priorityColumns } from '../format/priority-export';
import { EXPORT_LABELS } from '../i18n/export-labels';
import { computePriorities } from '../services/priorities';
import { sendFile } from './http/download';
import { validate } from './http/validation';

/** `GET /api/priorities`: where to rectify first, as JSON or a CSV/XLSX list. */
export function createPriorityRoutes(db: Database) {
	return new Hono().get('/', validate('query', priorityQuerySchema), async (c) => {
		const { format, lang, ...q } = c.req.valid('query');
		const result = await computePriorities(db, { ...q, format, lang });
		if (format === 'json') return c.json(result);
		const labels = EXPORT_LABELS[lang];
		const table = {
			columns: priorityColumns(labels, lang),
			rows: result.priorities,
			sheet: labels.prioritySheet
		};
		const name = `sanimap-priorities-${result.from}-${result.to}`;
		return sendFile(c, await writeTable(format, table, name));
	});
}
