/**
 * SQL of the readiness view and the simulated district inspection (issue 16 lane D). Key
 * group membership is road_segments.key_group = key_groups.name; nothing here names a group.
 */
import { CASE_ROWS_SQL } from './cases';
import { isOpenCase } from './clauses';

const T = (column: string) => `strftime(${column}, '%Y-%m-%dT%H:%M:%S')`;

export const KEY_GROUPS_SQL = `SELECT g.id, g.name, g.area_zone_id, g.inspect_every_days,
	z.name AS area_name, z.geometry AS area_geometry
	FROM key_groups g LEFT JOIN zones z ON z.id = g.area_zone_id
	ORDER BY g.sort_order, g.name`;

export const MEMBER_SEGMENTS_SQL = `SELECT id, name, road_id, key_group, length_m, geometry,
	minx, miny, maxx, maxy
	FROM road_segments WHERE key_group IS NOT NULL ORDER BY id`;

/** Open cases (not closed, rejected or merged) inside the box, reported by `$now`. */
export const OPEN_CASES_IN_BOX_SQL = `SELECT id, category, status, reported_at, deadline, lng, lat
	FROM (${CASE_ROWS_SQL}) x
	WHERE ${isOpenCase()} AND reported_ts <= CAST($now AS TIMESTAMP)
		AND lng BETWEEN $west AND $east AND lat BETWEEN $south AND $north
	ORDER BY reported_ts, id`;

/**
 * The latest section-form inspection of every inspected section of the member segments,
 * by `$now`: one row per segment and section (or, when an inspection names no section, per
 * start along the segment; the service places it by its midpoint).
 */
export const LAST_SECTION_INSPECTIONS_SQL = `SELECT id, form, level, segment_id, road_id, section,
	from_m, to_m, ${T('inspected_at')} AS inspected_at, score
	FROM inspections
	WHERE form = 'section' AND inspected_at <= CAST($now AS TIMESTAMP)
		AND segment_id IN (SELECT id FROM road_segments WHERE key_group IS NOT NULL)
	QUALIFY row_number() OVER (PARTITION BY segment_id, coalesce(section, CAST(from_m AS VARCHAR))
		ORDER BY inspected_at DESC, id DESC) = 1`;

/** The latest area-form inspection of each key group's key area, by `$now`. */
export const LAST_AREA_INSPECTIONS_SQL = `SELECT g.id AS group_id, i.id, i.form, i.level,
	${T('i.inspected_at')} AS inspected_at, i.score
	FROM key_groups g JOIN inspections i ON i.form = 'area'
		AND (i.zone_id = g.area_zone_id OR i.group_id = g.id)
	WHERE i.inspected_at <= CAST($now AS TIMESTAMP)
	QUALIFY row_number() OVER (PARTITION BY g.id ORDER BY i.inspected_at DESC, i.id DESC) = 1`;

/** The deductions of the inspections `$ids`, with the catalogue's names where it has them. */
export const DEDUCTIONS_OF_SQL = `SELECT d.inspection_id, d.item, d.points, d.count,
	coalesce(c.name_zh, d.item) AS name_zh, coalesce(c.name_en, d.item) AS name_en
	FROM inspection_deductions d LEFT JOIN deduction_items c ON c.code = d.item
	WHERE list_contains(from_json($ids, '["VARCHAR"]'), d.inspection_id)
	ORDER BY d.inspection_id, d.seq`;
