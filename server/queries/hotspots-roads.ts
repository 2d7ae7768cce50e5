import type { SqlParams } from '../db/database';
import { addDateWindow, isOpenCase } from './clauses';
import type { SqlQuery } from './layers';

/**
 * Reports per road segment: blind spots whose stored nearest segment is it within `snapM`
 * metres, in the window and categories asked for; every segment is listed, with zeros.
 */
export function buildRoadReportsQuery(p: {
	snapM: number;
	from?: string;
	to?: string;
	category?: readonly string[];
	keyGroup?: string;
}): SqlQuery {
	const params: SqlParams = { snap: p.snapM };
	const join = ['b.segment_id = s.id', 'b.segment_distance_m <= $snap'];
	addDateWindow(join, params, 'b.reported_at', p);
	if (p.category?.length) {
		params.category = [...p.category];
		join.push('list_contains($category, b.category)');
	}
	let where = '';
	if (p.keyGroup) {
		params.keyGroup = p.keyGroup;
		where = 'WHERE s.key_group = $keyGroup';
	}
	return {
		sql: `SELECT s.id, s.name, s.road_id AS "roadId", s.grade, s.key_group AS "keyGroup",
			s.length_m AS "lengthM", s.geometry, count(b.id) AS reports,
			count(b.id) FILTER (WHERE ${isOpenCase('b.status')}) AS "openCases",
			coalesce(max(b.recurrence), 0) AS "maxRecurrence"
			FROM road_segments s LEFT JOIN blind_spots b ON ${join.join(' AND ')}
			${where}
			GROUP BY s.id, s.name, s.road_id, s.grade, s.key_group, s.length_m, s.geometry
			ORDER BY s.id`,
		params
	};
}

/** Every segment's road and line, to find the cross streets at its ends. */
export const ROAD_NETWORK_SQL = `SELECT id, road_id AS "roadId", name, grade, geometry
	FROM road_segments ORDER BY id`;

/**
 * Key groups that exist (the admin's key_groups, issue 16), so an unknown `keyGroup` can be
 * refused with the choices; a group with no segments yet ranks nothing.
 */
export const KEY_GROUPS_SQL = `SELECT name AS "keyGroup" FROM key_groups ORDER BY sort_order, name`;
