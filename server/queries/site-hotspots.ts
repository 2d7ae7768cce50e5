import type { Pest } from '../contract/records';
import type { SqlParams } from '../db/database';
import { addDateWindow } from './clauses';
import type { SqlQuery } from './layers';

/**
 * One row per survey site of a pest and method in the window: the mean position of its
 * surveys, sum(count), sum(effort) and how many surveys (issue 17: sparse trap networks).
 */
export function buildSiteSumsQuery(p: {
	pest: Pest;
	method: string;
	from?: string;
	to?: string;
}): SqlQuery {
	const params: SqlParams = { pest: p.pest, method: p.method };
	const where = ['pest = $pest', 'method = $method'];
	addDateWindow(where, params, 'surveyed_at', p);
	return {
		sql: `SELECT site_id AS id, avg(lng) AS lng, avg(lat) AS lat, sum(count) AS count,
			sum(effort) AS effort, CAST(count(*) AS INTEGER) AS surveys
			FROM surveys WHERE ${where.join(' AND ')}
			GROUP BY site_id ORDER BY site_id`,
		params
	};
}
