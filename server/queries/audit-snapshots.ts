/**
 * What the audit log keeps of a record before and after a write: the record as a user would
 * recognise it, read inside the write's transaction. Large parts (route geometry, imported
 * rows) are summarised, not copied: the log is for who changed what, not a backup.
 */

export const CAMPAIGN_SNAPSHOT_SQL = `SELECT id, name, strftime(from_date, '%Y-%m-%d') AS "from",
	strftime(to_date, '%Y-%m-%d') AS "to" FROM campaigns WHERE id = $id`;

/** Every threshold row (all editions) of the methods a threshold edit touched. */
export const THRESHOLDS_OF_METHODS_SQL = `SELECT standard, method, indicator, level, limit_value, comparison,
	active FROM control_thresholds WHERE list_contains($methods, method)
	ORDER BY standard, method, indicator, level`;

/** The labels a survey-method edit may change. */
export const SURVEY_METHOD_LABELS_SQL = `SELECT code, name_zh AS "nameZh", name_en AS "nameEn",
	unit_zh AS "unitZh", unit_en AS "unitEn" FROM survey_methods WHERE code = $code`;

/** A plan's header with its teams and stop count in place of routes and geometry. */
export const PLAN_SNAPSHOT_SQL = `SELECT p.id, p.name, strftime(p.plan_date, '%Y-%m-%d') AS date, p.status,
	p.distance_mode AS distance, p.pest,
	(SELECT coalesce(list(r.team_id ORDER BY r.team_seq), []) FROM routes r WHERE r.plan_id = p.id) AS teams,
	(SELECT count(*) FROM route_stops s WHERE s.plan_id = p.id) AS stops
	FROM route_plans p WHERE p.id = $id`;

/** A stop's visit state. */
export const STOP_VISIT_SNAPSHOT_SQL = `SELECT status, note,
	strftime(visited_at, '%Y-%m-%dT%H:%M:%S') AS "visitedAt", spray_event_id AS "sprayEventId"
	FROM route_stops WHERE plan_id = $id AND stop_id = $stopId`;
