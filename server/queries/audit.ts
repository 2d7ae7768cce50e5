import type { SqlParams } from '../db/database';
import { addDateWindow } from './clauses';
import type { SqlQuery } from './layers';

/** The audit log's filters: exact user, action and entity; local days `from`..`to` inclusive. */
export interface AuditFilter {
	username?: string;
	action?: string;
	entity?: string;
	from?: string;
	to?: string;
}

/** Columns of an AuditRecord; `before` and `after` come back as JSON text. */
const AUDIT_COLUMNS = `id, strftime(occurred_at, '%Y-%m-%dT%H:%M:%S') AS "at", username, role, action,
	entity, entity_id AS "entityId", before, after, request_id AS "requestId", address`;

function auditWhere(filter: AuditFilter): { where: string; params: SqlParams } {
	const where: string[] = [];
	const params: SqlParams = {};
	for (const key of ['username', 'action', 'entity'] as const) {
		const value = filter[key];
		if (value === undefined) continue;
		params[key] = value;
		where.push(`${key} = $${key}`);
	}
	// occurred_at is stored in Asia/Shanghai local time, so local days compare directly.
	addDateWindow(where, params, 'occurred_at', filter);
	return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** One page of the log, newest first (ids break ties within a second). */
export function buildAuditPageQuery(
	filter: AuditFilter,
	page: { limit: number; offset: number }
): SqlQuery {
	const { where, params } = auditWhere(filter);
	return {
		sql: `SELECT ${AUDIT_COLUMNS} FROM audit_log ${where}
			ORDER BY occurred_at DESC, id DESC LIMIT $limit OFFSET $offset`,
		params: { ...params, limit: page.limit, offset: page.offset }
	};
}

/** How many rows the filters match. */
export function buildAuditCountQuery(filter: AuditFilter): SqlQuery {
	const { where, params } = auditWhere(filter);
	return { sql: `SELECT count(*) AS n FROM audit_log ${where}`, params };
}
