/** SQL of 环卫考核 inspections and the deduction catalogue (issue 16 item 2, lane B). */
import { isOpenCase } from './clauses';

const T = (column: string) => `strftime(${column}, '%Y-%m-%dT%H:%M:%S')`;

export const DEDUCTION_ITEMS_SQL = `SELECT code, name_zh AS "nameZh", name_en AS "nameEn", points, scope,
	case_category AS "caseCategory", active, sort_order AS "sortOrder"
	FROM deduction_items ORDER BY sort_order, code`;

export const DEDUCTION_ITEM_SQL = `SELECT code, name_zh AS "nameZh", name_en AS "nameEn", points, scope,
	case_category AS "caseCategory", active, sort_order AS "sortOrder"
	FROM deduction_items WHERE code = $code`;

export const INSERT_DEDUCTION_ITEM_SQL = `INSERT INTO deduction_items
	(code, name_zh, name_en, points, scope, case_category, active, sort_order)
	VALUES ($code, $nameZh, $nameEn, $points, $scope, $caseCategory, $active,
		coalesce($sortOrder, (SELECT coalesce(max(sort_order), 0) + 1 FROM deduction_items)))`;

export const UPDATE_DEDUCTION_ITEM_SQL = `UPDATE deduction_items SET name_zh = $nameZh, name_en = $nameEn,
	points = $points, scope = $scope, case_category = $caseCategory, active = $active, sort_order = $sortOrder
	WHERE code = $code`;

export const CATEGORY_EXISTS_SQL = `SELECT code FROM blind_spot_categories WHERE code = $code`;

export const SEGMENT_FOR_INSPECTION_SQL = `SELECT s.id, s.name, s.road_id AS "roadId", s.length_m AS "lengthM",
	s.geometry, g.id AS "groupId", g.name AS "groupName"
	FROM road_segments s LEFT JOIN key_groups g ON g.name = s.key_group WHERE s.id = $id`;

export const KEY_AREA_FOR_INSPECTION_SQL = `SELECT z.id, z.name, z.geometry, (z.minx + z.maxx) / 2 AS lng,
	(z.miny + z.maxy) / 2 AS lat, g.id AS "groupId", g.name AS "groupName"
	FROM zones z JOIN key_groups g ON g.area_zone_id = z.id WHERE z.id = $id
	ORDER BY g.sort_order LIMIT 1`;

/** The registry's current unit (保洁单位) of a segment, else of its road, else of a zone. */
export const CLEANING_UNIT_SQL = `SELECT unit FROM responsibilities
	WHERE valid_to IS NULL AND unit IS NOT NULL AND (
		(target_kind = 'segment' AND target_id = $segment)
		OR (target_kind = 'road' AND target_id = $road)
		OR (target_kind = 'zone' AND target_id = $zone))
	ORDER BY CASE target_kind WHEN 'segment' THEN 0 WHEN 'road' THEN 1 ELSE 2 END, valid_from DESC
	LIMIT 1`;

export const ZONE_KIND_SQL = `SELECT kind FROM zones WHERE id = $id`;

export const INSERT_INSPECTION_SQL = `INSERT INTO inspections (id, form, level, group_id, group_name,
	segment_id, road_id, road_name, from_m, to_m, section, zone_id, community_id, cleaning_unit, inspector,
	inspected_at, c1, c2, c3, c4, base_score, deducted, score, note, lng, lat, idempotency_key, created_at)
	VALUES ($id, $form, $level, $groupId, $groupName, $segmentId, $roadId, $roadName, $fromM, $toM,
	$section, $zoneId, $communityId, $cleaningUnit, $inspector, CAST($inspectedAt AS TIMESTAMP),
	$c1, $c2, $c3, $c4, $base, $deducted, $score, $note, $lng, $lat, $key, CAST($createdAt AS TIMESTAMP))`;

export const INSERT_DEDUCTION_SQL = `INSERT INTO inspection_deductions (inspection_id, seq, item, points,
	count, note, photo_ids, lng, lat, case_id)
	VALUES ($id, $seq, $item, $points, $count, $note, $photos, $lng, $lat, $caseId)`;

const INSPECTION_COLUMNS = `i.id, i.form, i.level, i.group_id AS "groupId", i.group_name AS "groupName",
	i.segment_id AS "segmentId", i.road_id AS "roadId", i.road_name AS "roadName", i.from_m AS "fromM",
	i.to_m AS "toM", i.section, i.zone_id AS "zoneId", i.community_id AS "communityId",
	i.cleaning_unit AS "cleaningUnit", i.inspector, ${T('i.inspected_at')} AS "inspectedAt",
	i.c1, i.c2, i.c3, i.c4, i.base_score AS "baseScore", i.deducted, i.score, i.note, i.lng, i.lat`;

export const INSPECTION_BY_ID_SQL = `SELECT ${INSPECTION_COLUMNS}, s.geometry AS "segmentGeometry"
	FROM inspections i LEFT JOIN road_segments s ON s.id = i.segment_id WHERE i.id = $id`;

export const DEDUCTIONS_OF_SQL = `SELECT d.seq, d.item, coalesce(c.name_zh, d.item) AS "nameZh",
	coalesce(c.name_en, d.item) AS "nameEn", d.points, d.count, d.note, d.photo_ids AS "photoIds",
	d.lng, d.lat, d.case_id AS "caseId"
	FROM inspection_deductions d LEFT JOIN deduction_items c ON c.code = d.item
	WHERE d.inspection_id = $id ORDER BY d.seq`;

/** The list, newest first; every filter optional. */
export const LIST_INSPECTIONS_SQL = `SELECT ${INSPECTION_COLUMNS},
	(SELECT count(*) FROM inspection_deductions d WHERE d.inspection_id = i.id)::INTEGER AS "deductionCount",
	coalesce((SELECT list(d.case_id ORDER BY d.seq) FROM inspection_deductions d
		WHERE d.inspection_id = i.id AND d.case_id IS NOT NULL), []) AS "caseIds"
	FROM inspections i
	WHERE ($from IS NULL OR i.inspected_at >= CAST($from AS DATE))
	AND ($to IS NULL OR i.inspected_at < CAST($to AS DATE) + INTERVAL 1 DAY)
	AND ($segment IS NULL OR i.segment_id = $segment)
	AND ($road IS NULL OR i.road_id = $road)
	AND ($group IS NULL OR i.group_id = $group)
	AND ($inspector IS NULL OR i.inspector = $inspector)
	ORDER BY i.inspected_at DESC, i.id DESC LIMIT $limit`;

/** Segments near a point (bbox prefilter, degrees), with their group and its cadence. */
export const SEGMENTS_NEAR_SQL = `SELECT s.id, s.name, s.length_m AS "lengthM", s.geometry,
	g.id AS "groupId", g.name AS "groupName", g.inspect_every_days AS "everyDays"
	FROM road_segments s LEFT JOIN key_groups g ON g.name = s.key_group
	WHERE s.maxx >= $lng - $d AND s.minx <= $lng + $d AND s.maxy >= $lat - $d AND s.miny <= $lat + $d`;

/** Each section's last inspection (score and time) among the given segments. */
export const LAST_SECTION_INSPECTIONS_SQL = `SELECT section, score, ${T('inspected_at')} AS at FROM (
	SELECT section, score, inspected_at,
		row_number() OVER (PARTITION BY section ORDER BY inspected_at DESC, id DESC) AS k
	FROM inspections WHERE form = 'section'
		AND list_contains(from_json($segments, '["VARCHAR"]'), segment_id)) x WHERE k = 1`;

/** Deductions recorded per section since a day. */
export const RECENT_DEDUCTIONS_SQL = `SELECT i.section, sum(d.count)::INTEGER AS n
	FROM inspections i JOIN inspection_deductions d ON d.inspection_id = i.id
	WHERE i.form = 'section' AND i.inspected_at >= CAST($since AS TIMESTAMP)
		AND list_contains(from_json($segments, '["VARCHAR"]'), i.segment_id)
	GROUP BY i.section`;

/** Open cases in a bbox (degrees), for the 50 m test in the service. */
export const OPEN_CASES_IN_BOX_SQL = `SELECT b.lng, b.lat FROM blind_spots b
	WHERE ${isOpenCase('b.status')}
	AND b.lng BETWEEN $minx AND $maxx AND b.lat BETWEEN $miny AND $maxy`;

/** The key areas of the groups that have one, with their last area inspection. */
export const KEY_AREAS_SQL = `SELECT z.id AS "zoneId", z.name AS "zoneName", g.id AS "groupId",
	g.name AS "groupName", last.score AS "lastScore", ${T('last.inspected_at')} AS "lastAt"
	FROM key_groups g JOIN zones z ON z.id = g.area_zone_id
	LEFT JOIN (SELECT zone_id, score, inspected_at,
		row_number() OVER (PARTITION BY zone_id ORDER BY inspected_at DESC, id DESC) AS k
		FROM inspections WHERE form = 'area') last ON last.zone_id = z.id AND last.k = 1
	ORDER BY g.sort_order`;
