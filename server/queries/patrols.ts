/**
 * SQL of patrols, their tracks and frontage checks (issue 15 item 3). Times leave as local
 * text (Asia/Shanghai, no offset), as the case SQL writes them.
 */
const T = (column: string) => `strftime(${column}, '%Y-%m-%dT%H:%M:%S')`;

/** A patrol as PatrolView reads it, with its point and check counts. */
const PATROL_ROWS_SQL = `SELECT p.id, p.username, u.display_name AS "displayName", p.kind,
	${T('p.started_at')} AS "startedAt", ${T('p.ended_at')} AS "endedAt", p.length_m AS "lengthM",
	(SELECT count(*) FROM patrol_points t WHERE t.patrol_id = p.id)::INTEGER AS points,
	(SELECT count(*) FROM frontage_checks f WHERE f.patrol_id = p.id)::INTEGER AS checks,
	(SELECT count(*) FROM frontage_checks f WHERE f.patrol_id = p.id AND f.result = 'fail')::INTEGER AS failures
FROM patrols p LEFT JOIN users u ON u.username = p.username`;

export const PATROL_BY_ID_SQL = `SELECT * FROM (${PATROL_ROWS_SQL}) x WHERE id = $id`;

export const PATROLS_OF_USER_SQL = `SELECT * FROM (${PATROL_ROWS_SQL}) x
	WHERE ($user IS NULL OR username = $user) ORDER BY "startedAt" DESC, id LIMIT $limit`;

export const INSERT_PATROL_SQL = `INSERT INTO patrols (id, username, kind, started_at, ended_at, length_m, idempotency_key)
	VALUES ($id, $username, $kind, CAST($startedAt AS TIMESTAMP), NULL, 0, $key)`;

export const INSERT_POINT_SQL = `INSERT INTO patrol_points (patrol_id, seq, fixed_at, lng, lat, accuracy_m)
	VALUES ($id, $seq, CAST($at AS TIMESTAMP), $lng, $lat, $accuracy) ON CONFLICT DO NOTHING`;

export const POINT_SEQS_SQL = `SELECT seq FROM patrol_points
	WHERE patrol_id = $id AND list_contains(from_json($seqs, '["INTEGER"]'), seq)`;

export const TRACK_SQL = `SELECT seq, lng, lat, accuracy_m AS "accuracyM" FROM patrol_points
	WHERE patrol_id = $id ORDER BY seq`;

export const UPDATE_PATROL_LENGTH_SQL = `UPDATE patrols SET length_m = $lengthM WHERE id = $id`;
export const END_PATROL_SQL = `UPDATE patrols SET ended_at = CAST($endedAt AS TIMESTAMP) WHERE id = $id`;

/** The checks of a patrol, or of a unit, as FrontageCheckView reads them. */
const CHECK_ROWS_SQL = `SELECT f.id, f.unit_id AS "unitId", f.patrol_id AS "patrolId",
	${T('f.checked_at')} AS "checkedAt", f.checker, u.display_name AS "checkerName", f.result,
	f.failed_items AS "failedItems", f.measure, ${T('f.order_deadline')} AS "orderDeadline",
	f.case_id AS "caseId", f.note, f.photo_ids AS "photoIds"
FROM frontage_checks f LEFT JOIN users u ON u.username = f.checker`;

/**
 * In the order they were recorded: the phone's times are whole seconds, and two units checked
 * in one second keep the order the phone sent them in (rowid grows with each insert; check ids
 * end in random letters).
 */
export const CHECKS_OF_PATROL_SQL = `${CHECK_ROWS_SQL}
	WHERE f.patrol_id = $id ORDER BY f.checked_at, f.rowid`;
export const CHECK_BY_ID_SQL = `SELECT * FROM (${CHECK_ROWS_SQL}) x WHERE id = $id`;

export const INSERT_CHECK_SQL = `INSERT INTO frontage_checks (id, unit_id, patrol_id, checked_at, checker, result,
	failed_items, measure, order_deadline, case_id, note, photo_ids, lng, lat, idempotency_key)
	VALUES ($id, $unitId, $patrolId, CAST($checkedAt AS TIMESTAMP), $checker, $result, $items, $measure,
	CAST($deadline AS TIMESTAMP), $caseId, $note, $photos, $lng, $lat, $key)`;

/**
 * A frontage unit with the zones it lies in (grid, community and their parents), for the
 * area bound of patrols and grid staff. Retired units are not checked.
 */
export const UNIT_FOR_CHECK_SQL = `SELECT f.id, f.name, f.lng, f.lat,
	list_filter([f.grid_id, f.zone_id, z1.parent_id, z2.parent_id, z3.parent_id], x -> x IS NOT NULL) AS areas
FROM frontage_units f
LEFT JOIN zones z1 ON z1.id = f.zone_id
LEFT JOIN zones z2 ON z2.id = z1.parent_id
LEFT JOIN zones z3 ON z3.id = z2.parent_id
WHERE f.id = $id AND f.retired_at IS NULL`;

/** Who answers for a frontage unit now (the registry's current row), if anyone. */
export const UNIT_RESPONSIBLE_SQL = `SELECT person, username, unit FROM responsibilities
	WHERE target_kind = 'frontage' AND target_id = $id AND valid_to IS NULL
	ORDER BY valid_from DESC, id DESC LIMIT 1`;

export const SET_CASE_ASSIGNEE_SQL = `UPDATE cases SET assignee = $assignee, assignee_unit = $unit WHERE id = $id`;
export const SET_CASE_STATE_SQL = `UPDATE blind_spots SET status = $status, due_at = CAST($deadline AS TIMESTAMP)
	WHERE id = $id`;
