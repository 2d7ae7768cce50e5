/**
 * SQL of the demo town's case seeding (ingest/demo-cases.ts): the planned cases and history
 * are appended to temporary tables, then applied to blind_spots, cases and case_history.
 */
const T = (column: string) => `strftime(${column}, '%Y-%m-%dT%H:%M:%S')`;

export const DEMO_CASE_ROWS_SQL = `SELECT b.id, b.category, b.status, c.source_code AS source, b.zone_id AS zone,
	${T('b.reported_at')} AS "reportedAt", ${T('b.closed_at')} AS "closedAt",
	k.deadline_hours AS "deadlineHours", b.lng, b.lat
FROM blind_spots b JOIN cases c ON c.id = b.id JOIN blind_spot_categories k ON k.code = b.category
ORDER BY b.id`;

export const CREATE_DEMO_TABLES_SQL = [
	`CREATE TEMP TABLE demo_case_plans (id VARCHAR, status VARCHAR, due_at TIMESTAMP, closed_at TIMESTAMP,
		reporter VARCHAR, assignee VARCHAR, assignee_unit VARCHAR, handled_by VARCHAR, handled_at TIMESTAMP,
		verified_by VARCHAR, rework_count INTEGER, escalations INTEGER, merged_into VARCHAR)`,
	`CREATE TEMP TABLE demo_case_steps (seq INTEGER, case_id VARCHAR, occurred_at TIMESTAMP, actor VARCHAR,
		role VARCHAR, action VARCHAR, from_status VARCHAR, to_status VARCHAR, note VARCHAR)`
];

export const DROP_DEMO_TABLES_SQL = ['DROP TABLE demo_case_plans', 'DROP TABLE demo_case_steps'];

export const APPLY_DEMO_BLIND_SPOTS_SQL = `UPDATE blind_spots SET status = p.status, due_at = p.due_at,
	closed_at = p.closed_at FROM demo_case_plans p WHERE blind_spots.id = p.id`;

export const APPLY_DEMO_CASES_SQL = `UPDATE cases SET reporter = p.reporter, assignee = p.assignee,
	assignee_unit = p.assignee_unit, handled_by = p.handled_by, handled_at = p.handled_at,
	verified_by = p.verified_by, rework_count = p.rework_count, escalations = p.escalations,
	merged_into = p.merged_into FROM demo_case_plans p WHERE cases.id = p.id`;

/** The synced `report`/`import` rows give way to the planned history, in the plans' order. */
export const MOVE_DEMO_HISTORY_SQL = [
	`DELETE FROM case_history WHERE case_id IN (SELECT id FROM demo_case_plans)`,
	`INSERT INTO case_history (case_id, occurred_at, actor, role, action, from_status, to_status, note)
	SELECT case_id, occurred_at, actor, role, action, from_status, to_status, note FROM demo_case_steps ORDER BY seq`
];

export const PHOTO_LINK_COUNT_SQL = `SELECT count(*)::INTEGER AS n FROM case_links WHERE kind = 'photo'`;

/** The last closed cases with a handling time, newest first. */
export const DEMO_PHOTO_CANDIDATES_SQL = `SELECT b.id, ${T('b.reported_at')} AS "reportedAt",
	${T('c.handled_at')} AS "handledAt", b.lng, b.lat
FROM blind_spots b JOIN cases c ON c.id = b.id
WHERE b.status = 'closed' AND c.handled_at IS NOT NULL
ORDER BY b.reported_at DESC, b.id LIMIT $limit`;

/** The day the demo's clock stopped (AS_OF): the notice board's window ends there, or later. */
export const DEMO_AS_OF_SQL = `INSERT INTO dataset_meta VALUES ('cases_as_of', $day)
	ON CONFLICT (key) DO UPDATE SET value = excluded.value`;
