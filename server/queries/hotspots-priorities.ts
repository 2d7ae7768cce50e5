import type { H3Resolution } from '$geo/h3-cells';
import { h3Column, isOpenCase, onOrAfterFrom } from './clauses';
import type { SqlQuery } from './layers';

/**
 * Per H3 cell of `res`, for the priority list: reports in the window, reports in its last
 * days (`recentFrom` on), highest recurrence, open cases already past due at the window's end
 * (reported any time before it), the zone most reports lie in and the road most were
 * snapped to within `snapM`.
 */
export function buildPriorityCellsQuery(p: {
	res: H3Resolution;
	from: string;
	to: string;
	recentFrom: string;
	snapM: number;
}): SqlQuery {
	const cell = `b.${h3Column(p.res)}`;
	const inWindow = onOrAfterFrom('b.reported_at');
	return {
		sql: `WITH b AS (
				SELECT *, CAST($to AS DATE) + INTERVAL 1 DAY AS window_end FROM blind_spots
			)
			SELECT ${cell} AS cell,
				count(*) FILTER (WHERE ${inWindow}) AS reports,
				count(*) FILTER (WHERE b.reported_at >= CAST($recentFrom AS DATE)) AS recent,
				coalesce(max(b.recurrence) FILTER (WHERE ${inWindow}), 0) AS "maxRecurrence",
				count(*) FILTER (WHERE ${isOpenCase('b.status')} AND b.due_at < b.window_end) AS overdue,
				mode(b.zone_id) AS "zoneId", any_value(z.name) AS "zoneName",
				mode(s.name) FILTER (WHERE b.segment_distance_m <= $snap) AS "roadName"
			FROM b
			LEFT JOIN road_segments s ON s.id = b.segment_id
			LEFT JOIN zones z ON z.id = b.zone_id
			WHERE b.reported_at < b.window_end AND (${inWindow} OR ${isOpenCase('b.status')})
			GROUP BY ${cell} ORDER BY ${cell}`,
		params: { from: p.from, to: p.to, recentFrom: p.recentFrom, snap: p.snapM }
	};
}

/** The last day with a report: the default end of the priority window. */
export const LAST_REPORT_DAY_SQL = `SELECT strftime(max(reported_at), '%Y-%m-%d') AS "to" FROM blind_spots`;
