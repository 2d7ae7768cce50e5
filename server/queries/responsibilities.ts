/**
 * SQL of the responsibility registry (issue 15 item 1). A row is current while `valid_to` is
 * empty; the place's name comes from the zone, road segment, road or frontage unit it names.
 */
import type { SqlParams } from '../db/database';

const T = (column: string) => `strftime(${column}, '%Y-%m-%dT%H:%M:%S')`;
const D = (column: string) => `strftime(${column}, '%Y-%m-%d')`;

/** Every registry row as ResponsibilityView, aliased `r`, with the place's name. */
const VIEW_SQL = `SELECT r.id, r.target_kind AS "targetKind", r.target_id AS "targetId",
	CASE r.target_kind WHEN 'zone' THEN z.name WHEN 'segment' THEN s.name
		WHEN 'road' THEN rd.name WHEN 'frontage' THEN f.name END AS "targetName",
	r.person, r.username, r.phone, r.unit, r.pledge_type AS "pledgeType",
	${D('r.signed_on')} AS "signedOn", ${D('r.term_from')} AS "termFrom", ${D('r.term_to')} AS "termTo",
	r.target_on_time_pct AS "targetOnTimePct", r.target_score AS "targetScore",
	r.scan_photo_id AS "scanPhotoId", ${T('r.valid_from')} AS "validFrom", ${T('r.valid_to')} AS "validTo",
	r.changed_by AS "changedBy", r.note
FROM responsibilities r
LEFT JOIN zones z ON r.target_kind = 'zone' AND z.id = r.target_id
LEFT JOIN road_segments s ON r.target_kind = 'segment' AND s.id = r.target_id
LEFT JOIN (SELECT road_id, min(name) AS name FROM road_segments GROUP BY road_id) rd
	ON r.target_kind = 'road' AND rd.road_id = r.target_id
LEFT JOIN frontage_units f ON r.target_kind = 'frontage' AND f.id = r.target_id`;

export interface ResponsibilityFilters {
	kind?: string;
	zone?: string;
	person?: string;
	target?: string;
}

/** The current rows matching the filters, by place kind and name. */
export function buildCurrentResponsibilitiesQuery(filters: ResponsibilityFilters): {
	sql: string;
	params: SqlParams;
} {
	const where = ['r.valid_to IS NULL'];
	const params: SqlParams = {};
	if (filters.kind) {
		where.push('r.target_kind = $kind');
		params.kind = filters.kind;
	}
	if (filters.target) {
		where.push('r.target_id = $target');
		params.target = filters.target;
	}
	if (filters.zone) {
		// The zone itself, its grids (and their grids), and the frontage units inside it.
		where.push(`((r.target_kind = 'zone' AND (r.target_id = $zone OR z.parent_id = $zone
			OR z.parent_id IN (SELECT id FROM zones WHERE parent_id = $zone)))
			OR (r.target_kind = 'frontage' AND (f.zone_id = $zone OR f.grid_id = $zone)))`);
		params.zone = filters.zone;
	}
	if (filters.person) {
		where.push(`(contains(lower(coalesce(r.person, '')), lower($person))
			OR contains(lower(coalesce(r.username, '')), lower($person))
			OR contains(lower(coalesce(r.unit, '')), lower($person)))`);
		params.person = filters.person;
	}
	return {
		sql: `${VIEW_SQL} WHERE ${where.join(' AND ')}
			ORDER BY "targetKind", "targetName" NULLS LAST, "targetId"`,
		params
	};
}

/** Every row of one place, newest first (the history dialog). */
export const RESPONSIBILITY_HISTORY_SQL = `${VIEW_SQL}
	WHERE r.target_kind = $kind AND r.target_id = $target ORDER BY r.valid_from DESC, r.id DESC`;

export const RESPONSIBILITY_BY_ID_SQL = `${VIEW_SQL} WHERE r.id = $id`;

export const CURRENT_RESPONSIBILITY_SQL = `${VIEW_SQL}
	WHERE r.target_kind = $kind AND r.target_id = $target AND r.valid_to IS NULL`;

export const REGISTERED_COUNT_SQL = `SELECT count(*) AS n FROM responsibilities`;

/** Whether a place of each kind exists (a row may only name a place SaniMap knows). */
export const TARGET_EXISTS_SQL: Record<string, string> = {
	zone: 'SELECT name FROM zones WHERE id = $id',
	segment: 'SELECT name FROM road_segments WHERE id = $id',
	road: 'SELECT min(name) AS name FROM road_segments WHERE road_id = $id HAVING count(*) > 0',
	frontage: 'SELECT name FROM frontage_units WHERE id = $id'
};

export const INSERT_RESPONSIBILITY_SQL = `INSERT INTO responsibilities (target_kind, target_id, person,
	username, phone, unit, pledge_type, signed_on, term_from, term_to, target_on_time_pct, target_score,
	scan_photo_id, valid_from, valid_to, changed_by, note)
	VALUES ($targetKind, $targetId, $person, $username, $phone, $unit, $pledgeType,
	$signedOn::DATE, $termFrom::DATE, $termTo::DATE, $targetOnTimePct, $targetScore, $scanPhotoId,
	$validFrom::TIMESTAMP, NULL, $changedBy, $note)
	RETURNING id`;

/** An edit that keeps the holder (phone, pledge, targets): the current row changes in place. */
export const UPDATE_RESPONSIBILITY_SQL = `UPDATE responsibilities SET phone = $phone,
	pledge_type = $pledgeType, signed_on = $signedOn::DATE, term_from = $termFrom::DATE,
	term_to = $termTo::DATE, target_on_time_pct = $targetOnTimePct, target_score = $targetScore,
	changed_by = $changedBy, note = $note WHERE id = $id`;

export const CLOSE_RESPONSIBILITY_SQL = `UPDATE responsibilities SET valid_to = $at::TIMESTAMP
	WHERE id = $id AND valid_to IS NULL`;

export const SET_SCAN_SQL = `UPDATE responsibilities SET scan_photo_id = $photo, changed_by = $changedBy
	WHERE id = $id`;

/**
 * The current holders of the places a case lies in, for the dispatch proposal: frontage units
 * whose check opened the case, its road segment and road, its grid and its community (and
 * their parents). The service orders them.
 */
export const DISPATCH_HOLDERS_SQL = `SELECT target_kind AS kind, target_id AS id, person, username, unit
	FROM responsibilities
	WHERE valid_to IS NULL AND (
		(target_kind = 'frontage' AND target_id IN (SELECT unit_id FROM frontage_checks WHERE case_id = $caseId))
		OR (target_kind = 'segment' AND target_id = $segment)
		OR (target_kind = 'road' AND target_id = (SELECT road_id FROM road_segments WHERE id = $segment))
		OR (target_kind = 'zone' AND list_contains(from_json($zones, '["VARCHAR"]'), target_id)))
	ORDER BY valid_from DESC, id DESC`;
