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
