/** SQL of the notice inbox and the 督办 card (issue 14). */
const T = (column: string) => `strftime(${column}, '%Y-%m-%dT%H:%M:%S')`;

/** Everyone who can be told: the superior rule (domain/cases/superiors.ts) reads them. */
export const STAFF_SQL = `SELECT username, role, zones, superior, disabled FROM users`;

export const INSERT_NOTIFICATION_SQL = `INSERT INTO notifications (recipient, kind, case_id, data, created_at)
	VALUES ($recipient, $kind, $caseId, $data::JSON, CAST($at AS TIMESTAMP))`;

export const MY_NOTIFICATIONS_SQL = `SELECT id, kind, case_id AS "caseId", CAST(data AS VARCHAR) AS data,
	${T('created_at')} AS "createdAt", ${T('read_at')} AS "readAt"
	FROM notifications WHERE recipient = $me ORDER BY created_at DESC, id DESC LIMIT $limit`;

export const MY_UNREAD_SQL = `SELECT count(*) AS n FROM notifications WHERE recipient = $me AND read_at IS NULL`;

export const MARK_READ_SQL = `UPDATE notifications SET read_at = CAST($at AS TIMESTAMP)
	WHERE recipient = $me AND read_at IS NULL
	AND ($all OR list_contains(from_json($ids, '["BIGINT"]'), id))`;

export const ZONE_NAMES_SQL = `SELECT id, name FROM zones`;
