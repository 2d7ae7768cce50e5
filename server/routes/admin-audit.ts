import { Hono } from 'hono';
import { auditQuerySchema } from '../contract/account-requests';
import { auditExportQuerySchema } from '../contract/audit-export';
import type { Database } from '../db/database';
import { auditExportColumns } from '../format/audit-export';
import { writeTable } from '../format/file-writers';
import { EXPORT_LABELS } from '../i18n/export-labels';
import { listAudit, loadAuditExport } from '../services/audit-log';
import { sendFile } from './http/download';
import { validate } from './http/validation';

/**
 * `GET /api/admin/audit`: the audit log, filtered and paged, newest first; `/export` as CSV or
 * XLSX. Reads only: no route edits or deletes the log (test/architecture/audit-append-only).
 */
export function createAdminAuditRoutes(db: Database) {
	return new Hono()
		.get('/', validate('query', auditQuerySchema), async (c) =>
			c.json(await listAudit(db, c.req.valid('query')))
		)
		.get('/export', validate('query', auditExportQuerySchema), async (c) => {
			const { format, lang, ...filter } = c.req.valid('query');
			const labels = EXPORT_LABELS[lang];
			const table = {
				columns: auditExportColumns(labels),
				rows: await loadAuditExport(db, filter),
				sheet: labels.auditSheet
			};
			const span = [filter.from, filter.to].filter(Boolean).join('-');
			return sendFile(c, await writeTable(format, table, `sanimap-audit${span ? `-${span}` : ''}`));
		});
}
