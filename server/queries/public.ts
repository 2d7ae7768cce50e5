/**
 * SQL of the public pages (issue 14 item 11). Each names the columns it may show and no more:
 * no description, reporter, assignee, history note or photo link ever leaves these.
 */
const T = (column: string) => `strftime(${column}, '%Y-%m-%dT%H:%M:%S')`;
const D = (column: string) => `strftime(${column}, '%Y-%m-%d')`;

/** One case's state for the look-up: its last history row dates `updatedAt`. */
export const PUBLIC_CASE_STATE_SQL = `SELECT b.id AS "caseNumber", b.category, b.status,
	${T('b.reported_at')} AS "reportedAt",
	${T('greatest(b.reported_at, coalesce((SELECT max(h.occurred_at) FROM case_history h WHERE h.case_id = b.id), b.reported_at))')} AS "updatedAt"
FROM blind_spots b WHERE b.id = $id`;

/** Cases reported in `[from, to]` (local days), newest first, at most $limit. */
export const BOARD_CASES_SQL = `SELECT b.id, b.category, b.status, ${D('b.reported_at')} AS "reportedOn",
	${D('b.closed_at')} AS "closedOn", b.lng, b.lat
FROM blind_spots b
WHERE CAST(b.reported_at AS DATE) BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
ORDER BY b.reported_at DESC, b.id LIMIT $limit`;

/** The demo town's frozen day (ingest/demo-cases.ts), if this is the demo. */
export const DEMO_AS_OF_DAY_SQL = `SELECT value AS day FROM dataset_meta WHERE key = 'cases_as_of'`;
