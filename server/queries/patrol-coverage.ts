/**
 * Reads behind patrol coverage, scorecards and volunteer counts (issue 15 items 4–6). Times
 * are local (Asia/Shanghai) TIMESTAMPs; periods are half-open [$from, $until).
 */

/** Zones of an area-bound user and all below them, as `area(id)`; `$area` is JSON or NULL (town). */
export const AREA_CTE = `WITH RECURSIVE area(id) AS (
	SELECT unnest(from_json(coalesce($area, '[]'), '["VARCHAR"]'))
	UNION SELECT z.id FROM zones z JOIN area a ON z.parent_id = a.id) `;
const IN_AREA = (col: string) => `($area IS NULL OR ${col} IN (SELECT id FROM area))`;

export const GRIDS_SQL = `${AREA_CTE}
SELECT id, name, parent_id AS "parentId", geometry, minx, miny, maxx, maxy FROM zones
WHERE kind = 'grid' AND ${IN_AREA('id')} ORDER BY id`;

/** Units in the ledger at some moment of the period. */
export const UNITS_SQL = `${AREA_CTE}
SELECT u.id, u.name, u.grid_id AS "gridId", u.zone_id AS "zoneId", u.lng, u.lat
FROM frontage_units u
WHERE u.created_at < $until AND (u.retired_at IS NULL OR u.retired_at >= $from)
	AND (${IN_AREA('u.grid_id')} OR ${IN_AREA('u.zone_id')})
ORDER BY u.id`;

/** Road segments whose envelope meets the envelope of the grids read ($west … $north). */
export const SEGMENTS_SQL = `SELECT id, name, geometry FROM road_segments
WHERE maxx >= $west AND minx <= $east AND maxy >= $south AND miny <= $north ORDER BY id`;

/** Track points of the period, kept fixes only, in order per patrol. */
export const TRACK_POINTS_SQL = `SELECT patrol_id AS "patrolId", lng, lat FROM patrol_points
WHERE fixed_at >= $from AND fixed_at < $until AND (accuracy_m IS NULL OR accuracy_m <= $maxAccuracy)
	AND lng BETWEEN $west AND $east AND lat BETWEEN $south AND $north
ORDER BY patrol_id, seq`;

export const CHECK_DAYS_SQL = `SELECT unit_id AS "unitId", strftime(checked_at, '%Y-%m-%d') AS day
FROM frontage_checks WHERE checked_at >= $from AND checked_at < $until`;

/** Checks up to the end of the period (earlier ones decide a unit's last result). */
export const CHECK_FACTS_SQL = `SELECT unit_id AS "unitId", strftime(checked_at, '%Y-%m-%d %H:%M:%S') AS "checkedAt",
	result, checker FROM frontage_checks WHERE checked_at < $until ORDER BY checked_at`;

export const COMMUNITIES_SQL = `SELECT id, name FROM zones WHERE kind IN ('community', 'village', 'street')`;

/** Current responsibilities with targets (valid now), person or unit, with the place's name. */
export const RESPONSIBILITIES_SQL = `SELECT r.id, r.target_kind AS "targetKind", r.target_id AS "targetId",
	coalesce(z.name, u.name, s.name) AS "targetName", r.person, r.username, r.unit,
	r.target_on_time_pct AS "targetOnTimePct", r.target_score AS "targetScore"
FROM responsibilities r
LEFT JOIN zones z ON r.target_kind = 'zone' AND z.id = r.target_id
LEFT JOIN frontage_units u ON r.target_kind = 'frontage' AND u.id = r.target_id
LEFT JOIN (SELECT DISTINCT ON (road_id) road_id, name FROM road_segments) s
	ON r.target_kind = 'road' AND s.road_id = r.target_id
WHERE r.valid_from < $until AND (r.valid_to IS NULL OR r.valid_to >= $until)
ORDER BY r.target_kind, r.target_id, r.id`;

/** Cases handled in the period per handler: handled, and handled by their deadline. */
export const CASES_HANDLED_SQL = `SELECT c.handled_by AS username, count(*)::INTEGER AS handled,
	count(*) FILTER (WHERE b.due_at IS NULL OR c.handled_at <= b.due_at)::INTEGER AS "onTime"
FROM cases c JOIN blind_spots b ON b.id = c.id
WHERE c.handled_by IS NOT NULL AND c.handled_at >= $from AND c.handled_at < $until
GROUP BY c.handled_by`;

/** Cases opened in the period linked to a frontage unit through its checks. */
export const UNIT_CASES_SQL = `SELECT f.unit_id AS "unitId", count(DISTINCT f.case_id)::INTEGER AS cases
FROM frontage_checks f WHERE f.case_id IS NOT NULL AND f.checked_at >= $from AND f.checked_at < $until
GROUP BY f.unit_id`;

export const VOLUNTEER_ACTIVITIES_SQL = `${AREA_CTE}
SELECT id, team, kind, place, strftime(held_on, '%Y-%m-%d') AS "heldOn", people, zone_id AS "zoneId",
	area, lng, lat, work, photo_ids AS "photoIds", created_by AS "createdBy"
FROM volunteer_activities
WHERE held_on >= $from AND held_on <= $to AND (${IN_AREA('zone_id')})
ORDER BY held_on DESC, id LIMIT $cap`;

export const INSERT_VOLUNTEER_ACTIVITY_SQL = `INSERT INTO volunteer_activities
	(id, team, kind, place, held_on, people, zone_id, area, lng, lat, work, photo_ids, created_by, created_at)
VALUES ($id, $team, $kind, $place, $heldOn::DATE, $people, $zoneId, $area, $lng, $lat, $work, $photoIds,
	$createdBy, timezone('Asia/Shanghai', current_timestamp))`;

export const ZONE_GEOMETRIES_SQL = `SELECT id, kind, geometry FROM zones`;
