import type { AuditPage, AuditRecord } from '../contract/accounts';
import type { Database } from '../db/database';
import { AppError } from '../errors';
import { buildAuditCountQuery, buildAuditPageQuery, type AuditFilter } from '../queries/audit';

/**
 * Most rows one export writes: the layer exports stop at 200,000 features, which exceljs
 * writes in about 10 s; audit rows carry two JSON columns each, so half that. Past it the
 * export is refused (422) and the admin narrows the filters.
 */
export const MAX_AUDIT_EXPORT_ROWS = 100_000;

type StoredAuditRow = Omit<AuditRecord, 'before' | 'after'> & {
	before: string | null;
	after: string | null;
} & Record<string, unknown>;

function toAuditRecord(row: StoredAuditRow): AuditRecord {
	return {
		...row,
		before: row.before === null ? null : JSON.parse(row.before),
		after: row.after === null ? null : JSON.parse(row.after)
	};
}

/** `GET /api/admin/audit`: one page of the matching rows, newest first, and how many match. */
export async function listAudit(
	db: Database,
	query: AuditFilter & { limit: number; offset: number }
): Promise<AuditPage> {
	const { limit, offset, ...filter } = query;
	const page = buildAuditPageQuery(filter, { limit, offset });
	const count = buildAuditCountQuery(filter);
	const rows = await db.query<StoredAuditRow>(page.sql, page.params);
	const [{ n }] = await db.query<{ n: number }>(count.sql, count.params);
	return { rows: rows.map(toAuditRecord), total: n };
}

/** Every matching row for an export, newest first; 422 past MAX_AUDIT_EXPORT_ROWS. */
export async function loadAuditExport(db: Database, filter: AuditFilter): Promise<AuditRecord[]> {
	// One row past the cap tells "too many" from "exactly the cap" without a second count.
	const page = buildAuditPageQuery(filter, { limit: MAX_AUDIT_EXPORT_ROWS + 1, offset: 0 });
	const rows = await db.query<StoredAuditRow>(page.sql, page.params);
	if (rows.length > MAX_AUDIT_EXPORT_ROWS) {
		throw new AppError(
			422,
			'too_many_rows',
			`more than ${MAX_AUDIT_EXPORT_ROWS} audit rows match; narrow the filters`,
			{ limit: MAX_AUDIT_EXPORT_ROWS }
		);
	}
	return rows.map(toAuditRecord);
}
