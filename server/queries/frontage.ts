/**
 * SQL of the 门前三包 ledger (issue 15 item 2). A unit row carries its last check, its failed
 * checks since `$since` (the repeat window) and `areas` (grid, community and their parents)
 * for zone filters and area-bound roles.
 */
import type { FrontageFilters } from '../contract/frontage-requests';
import type { SqlParams } from '../db/database';
import { REPEAT_OFFENCES } from '../contract/frontage';

const T = (column: string) => `strftime(${column}, '%Y-%m-%dT%H:%M:%S')`;

const UNIT_ROWS_SQL = `WITH last AS (
	SELECT unit_id, arg_max(result, checked_at) AS last_result, max(checked_at) AS last_at,
		count(*) FILTER (WHERE result = 'fail' AND checked_at > $since AND checked_at <= $now) AS recent_failures
	FROM frontage_checks WHERE checked_at <= $now GROUP BY unit_id)
SELECT u.id, u.name, u.category, u.address, u.contact_name, u.contact_phone, u.lng, u.lat,
	u.zone_id, u.grid_id, u.segment_id, u.frontage, u.frontage_m, u.agreement_signed,
	strftime(u.agreement_signed_on, '%Y-%m-%d') AS agreement_signed_on,
	${T('last.last_at')} AS last_at, coalesce(last.last_result, 'unchecked') AS last_check,
	coalesce(last.recent_failures, 0)::INTEGER AS recent_failures, ${T('u.retired_at')} AS retired_at,
	z1.name AS zone_name, g.name AS grid_name, s.name AS segment_name, s.road_id,
	list_filter([u.grid_id, u.zone_id, z1.parent_id, z2.parent_id, g.parent_id], x -> x IS NOT NULL) AS areas
FROM frontage_units u
LEFT JOIN last ON last.unit_id = u.id
LEFT JOIN zones z1 ON z1.id = u.zone_id
LEFT JOIN zones z2 ON z2.id = z1.parent_id
LEFT JOIN zones g ON g.id = u.grid_id
LEFT JOIN road_segments s ON s.id = u.segment_id`;

/** Most units one answer holds (the demo town has 400–800; a county's ledger a few thousand). */
export const MAX_FRONTAGE_UNITS = 20_000;

/** Units (not retired) matching the filters, bounded to `zones` when given, by name. */
export function buildFrontageListQuery(
	filters: FrontageFilters,
	window: { now: string; since: string },
	zones: readonly string[] | null
): { sql: string; params: SqlParams } {
	const where = ['x.retired_at IS NULL'];
	const params: SqlParams = { now: window.now, since: window.since, cap: MAX_FRONTAGE_UNITS };
	if (filters.bbox) {
		const [west, south, east, north] = filters.bbox;
		Object.assign(params, { west, south, east, north });
		where.push('x.lng BETWEEN $west AND $east AND x.lat BETWEEN $south AND $north');
	}
	if (filters.zone?.length) {
		params.zone = JSON.stringify(filters.zone);
		where.push(`list_has_any(x.areas, from_json($zone, '["VARCHAR"]'))`);
	}
	if (zones) {
		params.boundZones = JSON.stringify(zones);
		where.push(`list_has_any(x.areas, from_json($boundZones, '["VARCHAR"]'))`);
	}
	if (filters.category?.length) {
		params.category = JSON.stringify(filters.category);
		where.push(`list_contains(from_json($category, '["VARCHAR"]'), x.category)`);
	}
	if (filters.last?.length) {
		params.last = JSON.stringify(filters.last);
		where.push(`list_contains(from_json($last, '["VARCHAR"]'), x.last_check)`);
	}
	if (filters.agreement) {
		where.push(filters.agreement === 'signed' ? 'x.agreement_signed' : 'NOT x.agreement_signed');
	}
	if (filters.repeat === 'true') {
		params.repeat = REPEAT_OFFENCES;
		where.push('x.recent_failures >= $repeat');
	}
	return {
		sql: `SELECT * FROM (${UNIT_ROWS_SQL}) x WHERE ${where.join(' AND ')} ORDER BY x.name, x.id LIMIT $cap + 1`,
		params
	};
}

/** One unit, retired or not. */
export const FRONTAGE_BY_ID_SQL = `SELECT * FROM (${UNIT_ROWS_SQL}) x WHERE x.id = $id`;

/** The unit's checks, newest first, with the checker's display name. */
export const FRONTAGE_CHECKS_SQL = `SELECT c.id, c.unit_id, c.patrol_id, ${T('c.checked_at')} AS checked_at,
	c.checker, u.display_name AS checker_name, c.result, c.failed_items, c.measure,
	${T('c.order_deadline')} AS order_deadline, c.case_id, c.note, c.photo_ids
FROM frontage_checks c LEFT JOIN users u ON u.username = c.checker
WHERE c.unit_id = $id ORDER BY c.checked_at DESC, c.rowid DESC`;

/** Cases opened by the unit's checks (frontage_checks.case_id), newest first. */
export const FRONTAGE_CASES_SQL = `SELECT b.id, b.status, b.category, ${T('b.reported_at')} AS reported_at,
	${T('b.due_at')} AS deadline, c.id AS check_id
FROM frontage_checks c JOIN blind_spots b ON b.id = c.case_id
WHERE c.unit_id = $id ORDER BY b.reported_at DESC, b.id DESC`;

/** Responsibility rows of the unit: the current one first, then history. */
export const FRONTAGE_RESPONSIBLE_SQL = `SELECT id, person, phone, unit, strftime(signed_on, '%Y-%m-%d') AS signed_on,
	${T('valid_from')} AS valid_from, ${T('valid_to')} AS valid_to
FROM responsibilities WHERE target_kind = 'frontage' AND target_id = $id
ORDER BY valid_to IS NOT NULL, valid_from DESC, id DESC`;

/** The segments of the road a unit's segment belongs to (a redrawn line may run along any). */
export const STREET_SEGMENTS_SQL = `SELECT s.id, s.geometry FROM road_segments s
WHERE s.road_id = (SELECT road_id FROM road_segments WHERE id = $segmentId)`;

export const SEGMENT_GEOMETRY_SQL = `SELECT id, name, geometry FROM road_segments WHERE id = $id`;
