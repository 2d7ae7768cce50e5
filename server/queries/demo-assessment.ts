/**
 * SQL of the demo town's 环卫考核 seeding (ingest/demo-assessment.ts).
 */

/** The villages' main roads join the 村街主干道 group (ids are the generator's own, quoted). */
export function joinVillageGroupSql(segmentIds: readonly string[]): string {
	const list = segmentIds.map((id) => `'${id.replace(/'/g, "''")}'`).join(', ');
	return `UPDATE road_segments SET key_group = $group WHERE id IN (${list || 'NULL'})`;
}

export const SET_GROUP_CADENCE_SQL = `UPDATE key_groups SET inspect_every_days = $days WHERE name = $group`;

export const DEMO_GROUPS_SQL = `SELECT id, name, area_zone_id AS "areaZoneId" FROM key_groups ORDER BY sort_order`;

/** Registry rows that can name a cleaning unit, with their validity as ISO text. */
export const DEMO_REGISTRY_SQL = `SELECT target_kind AS "targetKind", target_id AS "targetId", unit,
	strftime(valid_from, '%Y-%m-%dT%H:%M:%S') AS "validFrom",
	strftime(valid_to, '%Y-%m-%dT%H:%M:%S') AS "validTo"
FROM responsibilities WHERE unit IS NOT NULL AND target_kind IN ('segment', 'road', 'zone')
ORDER BY id`;
