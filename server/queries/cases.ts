/**
 * SQL of the case loop (issue 14). A case is a blind_spots row (status, deadline = due_at,
 * closed_at, position and its zones) joined with its `cases` row (the rest); a blind spot
 * appended without one reads with the defaults. `areas` lists its grid, community and their
 * parents, for zone filters and area-bound roles.
 */
import type { CaseFilters, CaseSort } from '../contract/cases';
import type { SqlParams } from '../db/database';
import { addDateWindow, isOpenCase } from './clauses';

const T = (column: string) => `strftime(${column}, '%Y-%m-%dT%H:%M:%S')`;

/** Every case with its columns as the services read them (one row per blind spot). */
export const CASE_ROWS_SQL = `SELECT b.id, b.category, b.description, b.status,
	coalesce(c.source_code, 'import') AS source, b.source AS source_text,
	coalesce(c.priority, 'normal') AS priority, c.reporter,
	${T('b.reported_at')} AS reported_at, ${T('b.due_at')} AS deadline,
	c.assignee, c.assignee_unit, b.zone_id AS zone, b.grid_id AS grid, b.segment_id AS segment,
	b.lng, b.lat, c.handled_by, ${T('c.handled_at')} AS handled_at, ${T('b.closed_at')} AS closed_at,
	coalesce(c.rework_count, 0) AS rework_count, coalesce(c.escalations, 0) AS escalations,
	c.merged_into, ${T('c.alerted_deadline')} AS alerted_deadline,
	b.reported_at AS reported_ts, b.due_at AS due_ts, b.closed_at AS closed_ts,
	list_filter([b.grid_id, b.zone_id, z1.parent_id, z2.parent_id, z3.parent_id], x -> x IS NOT NULL) AS areas
FROM blind_spots b
LEFT JOIN cases c ON c.id = b.id
LEFT JOIN zones z1 ON z1.id = b.zone_id
LEFT JOIN zones z2 ON z2.id = z1.parent_id
LEFT JOIN zones z3 ON z3.id = z2.parent_id`;

export const OPEN_STATUS_SQL = isOpenCase();

/** Filters on the rows of CASE_ROWS_SQL (aliased `x`). `zones`: the actor's bound, if any. */
export function caseWhere(
	filters: Partial<CaseFilters>,
	now: string,
	zones: readonly string[] | null
): { where: string[]; params: SqlParams } {
	const where: string[] = [];
	const params: SqlParams = {};
	const list = (name: string, values: readonly string[] | undefined, column: string) => {
		if (!values?.length) return;
		params[name] = JSON.stringify(values);
		where.push(`list_contains(from_json($${name}, '["VARCHAR"]'), ${column})`);
	};
	list('status', filters.status, 'status');
	list('category', filters.category, 'category');
	list('assignee', filters.assignee, 'assignee');
	list('source', filters.source, 'source');
	if (filters.zone?.length) {
		params.zone = JSON.stringify(filters.zone);
		where.push(`list_has_any(areas, from_json($zone, '["VARCHAR"]'))`);
	}
	if (zones) {
		params.boundZones = JSON.stringify(zones);
		where.push(`list_has_any(areas, from_json($boundZones, '["VARCHAR"]'))`);
	}
	if (filters.overdue) {
		params.now = now;
		// As the case's `overdue` flag says (domain/calendar/case-deadline.ts): open past its
		// deadline now, or closed after it.
		const overdue = `(due_ts IS NOT NULL AND ((${OPEN_STATUS_SQL} AND due_ts < CAST($now AS TIMESTAMP))
			OR (status = 'closed' AND closed_ts > due_ts)))`;
		where.push(filters.overdue === 'true' ? overdue : `NOT ${overdue}`);
	}
	if (filters.escalated?.length) {
		// 督办: escalated by a planner at least once; 已移交城管: referred now, or referred and
		// answered since (the referrals row stays after the outcome closes the case).
		const either = [
			...(filters.escalated.includes('supervised') ? ['escalations > 0'] : []),
			...(filters.escalated.includes('referred')
				? [`(status = 'referred' OR EXISTS (SELECT 1 FROM referrals rf WHERE rf.case_id = x.id))`]
				: [])
		];
		where.push(`(${either.join(' OR ')})`);
	}
	if (filters.bbox) {
		const [west, south, east, north] = filters.bbox;
		Object.assign(params, { west, south, east, north });
		where.push('lng BETWEEN $west AND $east AND lat BETWEEN $south AND $north');
	}
	addDateWindow(where, params, 'reported_ts', filters);
	return { where, params };
}

const ORDER: Record<CaseSort, string> = {
	reported_at: 'reported_ts, id',
	'-reported_at': 'reported_ts DESC, id',
	deadline: 'due_ts NULLS LAST, id',
	'-deadline': 'due_ts DESC NULLS LAST, id',
	status: 'status, id',
	category: 'category, id',
	zone: 'zone NULLS LAST, id',
	id: 'id'
};

/** One page of cases and the count of all that match. */
export function buildCaseListQuery(
	filters: Partial<CaseFilters>,
	now: string,
	zones: readonly string[] | null,
	page: { limit: number; offset: number } | null
) {
	const { where, params } = caseWhere(filters, now, zones);
	const whereSql = where.length ? ` WHERE ${where.join(' AND ')}` : '';
	const from = `FROM (${CASE_ROWS_SQL}) x${whereSql}`;
	const order = ORDER[filters.sort ?? '-reported_at'];
	const paging = page ? ` LIMIT ${Math.trunc(page.limit)} OFFSET ${Math.trunc(page.offset)}` : '';
	return {
		sql: `SELECT * ${from} ORDER BY ${order}${paging}`,
		countSql: `SELECT count(*) AS n ${from}`,
		params
	};
}

export const CASE_BY_ID_SQL = `SELECT * FROM (${CASE_ROWS_SQL}) x WHERE id = $id`;

export const CASE_LINKS_SQL = `SELECT case_id, kind, ref FROM case_links
	WHERE list_contains(from_json($ids, '["VARCHAR"]'), case_id) ORDER BY created_at, ref`;

export const MERGED_CHILDREN_SQL = `SELECT id, merged_into FROM cases
	WHERE list_contains(from_json($ids, '["VARCHAR"]'), merged_into) ORDER BY id`;

export const CASE_HISTORY_SQL = `SELECT ${T('occurred_at')} AS "at", actor AS "by", role, action,
	from_status AS "from", to_status AS "to", note
	FROM case_history WHERE case_id = $id ORDER BY id`;

export const INSERT_HISTORY_SQL = `INSERT INTO case_history
	(case_id, occurred_at, actor, role, action, from_status, to_status, note)
	VALUES ($id, CAST($at AS TIMESTAMP), $by, $role, $action, $from, $to, $note)`;

export const INSERT_CASE_SQL = `INSERT INTO cases (id, source_code, priority, reporter, assignee, assignee_unit,
	handled_by, handled_at, verified_by, rework_count, escalations, merged_into, alerted_deadline, idempotency_key)
	VALUES ($id, $source, $priority, $reporter, NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, $key)`;

/** A `cases` row for a blind spot appended without one (an import between two syncs). */
export const ENSURE_CASE_ROW_SQL = `INSERT INTO cases (id, source_code, priority, rework_count, escalations)
	SELECT $id, 'import', 'normal', 0, 0 WHERE NOT EXISTS (SELECT 1 FROM cases WHERE id = $id)`;

export const INSERT_LINK_SQL = `INSERT INTO case_links (case_id, kind, ref, created_at)
	VALUES ($id, $kind, $ref, CAST($at AS TIMESTAMP))`;

/** The workflow's columns after an action; key columns are never updated. */
export const UPDATE_BLIND_SPOT_STATE_SQL = `UPDATE blind_spots SET status = $status,
	due_at = CAST($deadline AS TIMESTAMP), closed_at = CAST($closedAt AS TIMESTAMP) WHERE id = $id`;
export const UPDATE_CASE_STATE_SQL = `UPDATE cases SET assignee = $assignee, assignee_unit = $unit,
	handled_by = $handledBy, handled_at = CAST($handledAt AS TIMESTAMP), verified_by = $verifiedBy,
	rework_count = $reworkCount, escalations = $escalations, merged_into = $mergedInto WHERE id = $id`;

/** Open cases of a category near a point (a box around it; the domain measures the 50 m). */
export const NEARBY_OPEN_CASES_SQL = `SELECT id, category, status, lng, lat FROM blind_spots
	WHERE category = $category AND ${OPEN_STATUS_SQL} AND id <> $id
	AND lng BETWEEN $lng - 0.001 AND $lng + 0.001 AND lat BETWEEN $lat - 0.001 AND $lat + 0.001`;

export const CATEGORY_LIMIT_SQL = `SELECT deadline_hours AS hours FROM blind_spot_categories WHERE code = $code`;

/** The responsible person of each zone a case lies in (zones.responsible, issue 14 item 3). */
export const RESPONSIBLE_SQL = `SELECT id, responsible FROM zones
	WHERE list_contains(from_json($ids, '["VARCHAR"]'), id) AND responsible IS NOT NULL`;

/** Open cases whose deadline passed and whose overdue episode has not been alerted. */
export const NEWLY_OVERDUE_SQL = `SELECT b.id, b.category, ${T('b.due_at')} AS deadline, c.assignee
	FROM blind_spots b JOIN cases c ON c.id = b.id
	WHERE b.${OPEN_STATUS_SQL} AND b.due_at < CAST($now AS TIMESTAMP)
	AND (c.alerted_deadline IS NULL OR c.alerted_deadline <> b.due_at) ORDER BY b.due_at, b.id`;
export const MARK_ALERTED_SQL = `UPDATE cases SET alerted_deadline = CAST($deadline AS TIMESTAMP) WHERE id = $id`;

/** What the indicators read of every case. */
export const INDICATOR_CASES_SQL = `SELECT status, zone, assignee_unit AS unit, assignee,
	reported_at AS "reportedAt", deadline, handled_at AS "handledAt", closed_at AS "closedAt",
	rework_count AS "reworkCount" FROM (${CASE_ROWS_SQL}) x`;
