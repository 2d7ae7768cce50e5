/**
 * Key groups (issue 16 item 1). Membership is road_segments.key_group (a group's name); these
 * statements keep key_groups in step with the names segments carry, whoever wrote them (an
 * import, the demo town, the migration of an older database).
 */

/** Default inspection cadence of a group that arrives by name only: weekly. */
export const DEFAULT_INSPECT_EVERY_DAYS = 7;

/** Adds a group for every name a segment carries that no group has yet. */
export const ENSURE_KEY_GROUPS_SQL = `INSERT INTO key_groups
	(id, name, area_zone_id, inspect_every_days, sort_order, created_at, updated_at)
SELECT 'kg-' || substr(md5(n.name), 1, 10), n.name, NULL, ${DEFAULT_INSPECT_EVERY_DAYS},
	(SELECT count(*) FROM key_groups) + row_number() OVER (ORDER BY n.name),
	timezone('Asia/Shanghai', current_timestamp), timezone('Asia/Shanghai', current_timestamp)
FROM (SELECT DISTINCT key_group AS name FROM road_segments
	WHERE key_group IS NOT NULL AND key_group NOT IN (SELECT name FROM key_groups)) n`;

/**
 * A town with one group and one key area (the 十路一区 of domain.md §6) gets the two joined
 * without asking; with more of either the admin picks on the key-groups page.
 */
export const ATTACH_LONE_KEY_AREA_SQL = `UPDATE key_groups
SET area_zone_id = (SELECT min(id) FROM zones WHERE kind = 'key_area')
WHERE area_zone_id IS NULL
	AND (SELECT count(*) FROM key_groups) = 1
	AND (SELECT count(*) FROM zones WHERE kind = 'key_area') = 1`;

/** Every group with its member count and length, in the admin's order (lane A). */
export const KEY_GROUPS_LIST_SQL = `SELECT g.id, g.name, g.area_zone_id AS "areaZoneId",
	g.inspect_every_days AS "inspectEveryDays", g.sort_order AS "sortOrder",
	z.name AS "areaName", z.geometry AS "areaGeometry",
	count(s.id)::INTEGER AS "segmentCount", coalesce(sum(s.length_m), 0)::DOUBLE AS "lengthM",
	coalesce(list(s.id ORDER BY s.id) FILTER (WHERE s.id IS NOT NULL), []::VARCHAR[]) AS "segmentIds"
	FROM key_groups g
	LEFT JOIN road_segments s ON s.key_group = g.name
	LEFT JOIN zones z ON z.id = g.area_zone_id
	GROUP BY ALL ORDER BY g.sort_order, g.name`;

/** The zones an admin may take as a key area. */
export const KEY_AREAS_SQL = `SELECT id, name, geometry FROM zones WHERE kind = 'key_area' ORDER BY id`;

export const KEY_GROUP_BY_ID_SQL = `SELECT id, name, area_zone_id AS "areaZoneId",
	inspect_every_days AS "inspectEveryDays", sort_order AS "sortOrder"
	FROM key_groups WHERE id = $id`;

export const KEY_GROUP_BY_NAME_SQL = `SELECT id FROM key_groups WHERE name = $name`;

export const NEXT_KEY_GROUP_ORDER_SQL = `SELECT coalesce(max(sort_order), 0) + 1 AS n FROM key_groups`;

export const INSERT_KEY_GROUP_SQL = `INSERT INTO key_groups
	(id, name, area_zone_id, inspect_every_days, sort_order, created_at, updated_at)
	VALUES ($id, $name, $areaZoneId, $inspectEveryDays, $sortOrder,
	timezone('Asia/Shanghai', current_timestamp), timezone('Asia/Shanghai', current_timestamp))`;

export const UPDATE_KEY_GROUP_SQL = `UPDATE key_groups SET name = $name, area_zone_id = $areaZoneId,
	inspect_every_days = $inspectEveryDays, sort_order = $sortOrder,
	updated_at = timezone('Asia/Shanghai', current_timestamp) WHERE id = $id`;

export const DELETE_KEY_GROUP_SQL = `DELETE FROM key_groups WHERE id = $id`;

/** A group's members carry its new name (a rename). */
export const RENAME_MEMBERS_SQL = `UPDATE road_segments SET key_group = $to WHERE key_group = $from`;

/** Segments of `ids` that exist, with the group each is in now. */
export const SEGMENTS_BY_IDS_SQL = `SELECT id, name, key_group AS "keyGroup" FROM road_segments
	WHERE list_contains($ids::VARCHAR[], id)`;

/** Leaves the group: members not in `ids` (all of them for an empty list). */
export const CLEAR_MEMBERS_SQL = `UPDATE road_segments SET key_group = NULL
	WHERE key_group = $name AND NOT list_contains($ids::VARCHAR[], id)`;

/** Every member leaves the group (a delete, or an empty member list: DuckDB binds no empty list). */
export const CLEAR_ALL_MEMBERS_SQL = `UPDATE road_segments SET key_group = NULL WHERE key_group = $name`;

export const SET_MEMBERS_SQL = `UPDATE road_segments SET key_group = $name
	WHERE list_contains($ids::VARCHAR[], id)`;

export const KEY_AREA_BY_ID_SQL = `SELECT id, name, kind FROM zones WHERE id = $id`;

/** How many groups take this zone as their key area. */
export const GROUPS_USING_AREA_SQL = `SELECT count(*)::INTEGER AS n FROM key_groups WHERE area_zone_id = $id`;

export const INSERT_KEY_AREA_SQL = `INSERT INTO zones
	(id, name, kind, parent_id, responsible, area_m2, geometry, minx, miny, maxx, maxy)
	VALUES ($id, $name, 'key_area', NULL, NULL, $areaM2, $geometry, $minx, $miny, $maxx, $maxy)`;

export const UPDATE_KEY_AREA_SQL = `UPDATE zones SET area_m2 = $areaM2, geometry = $geometry,
	minx = $minx, miny = $miny, maxx = $maxx, maxy = $maxy WHERE id = $id AND kind = 'key_area'`;
