import type { Pest } from '../contract/records';
import { withinFromTo } from './clauses';
import type { SqlQuery } from './layers';

/**
 * Town-wide (or one zone's / grid's) monthly sums of one method, for the time series.
 * `unitColumn` comes from an allow-list in the caller.
 */
export function buildMonthlySumsQuery(params: {
	pest: Pest;
	method: string;
	years: number[];
	unit?: { column: 'zone_id' | 'grid_id'; id: string };
}): SqlQuery {
	const where = ['pest = $pest', 'method = $method', 'list_contains($years, year(surveyed_at))'];
	const bound: SqlQuery['params'] = {
		pest: params.pest,
		method: params.method,
		years: params.years
	};
	if (params.unit) {
		where.push(`${params.unit.column} = $unit`);
		bound.unit = params.unit.id;
	}
	return {
		sql: `SELECT strftime(surveyed_at, '%Y-%m') AS unit, method, sum(count) AS count,
			sum(effort) AS effort, sum(count2) AS count2 FROM surveys WHERE ${where.join(' AND ')}
			GROUP BY 1, method ORDER BY 1`,
		params: bound
	};
}

/** Spray rounds: one per campaign and pest, its days and the zones it treated. */
export const SPRAY_ROUNDS_SQL = `SELECT campaign, pest, strftime(min(started_at), '%Y-%m-%d') AS "from",
	strftime(max(started_at), '%Y-%m-%d') AS "to", list_sort(list_distinct(flatten(list(target_ids)))) AS treated
	FROM spray_events WHERE pest = $pest AND campaign IS NOT NULL GROUP BY campaign, pest ORDER BY "from", campaign`;

/** Pooled sums of one method for a set of zones in a date window. */
export const WINDOW_SUMS_SQL = `SELECT sum(count) AS count, sum(effort) AS effort, sum(count2) AS count2,
	count(*) FILTER (WHERE effort > 0) AS surveys
	FROM surveys WHERE pest = $pest AND method = $method AND list_contains($zones, zone_id)
	AND ${withinFromTo('surveyed_at')}`;

/** First survey of one method in a calendar year, anywhere in the town. */
export const FIRST_SURVEY_OF_YEAR_SQL = `SELECT strftime(min(surveyed_at), '%Y-%m-%d') AS d FROM surveys
	WHERE pest = $pest AND method = $method AND effort > 0 AND year(surveyed_at) = $year`;

/** The zones' last survey day of one method before `$day`. */
export const LAST_SURVEY_BEFORE_SQL = `SELECT strftime(max(surveyed_at), '%Y-%m-%d') AS d FROM surveys
	WHERE pest = $pest AND method = $method AND effort > 0 AND list_contains($zones, zone_id)
	AND surveyed_at < CAST($day AS DATE)`;

/** The zones' first survey day of one method after `$day`. */
export const FIRST_SURVEY_AFTER_SQL = `SELECT strftime(min(surveyed_at), '%Y-%m-%d') AS d FROM surveys
	WHERE pest = $pest AND method = $method AND effort > 0 AND list_contains($zones, zone_id)
	AND surveyed_at >= CAST($day AS DATE) + INTERVAL 1 DAY`;

export const AREA_ZONES_SQL = `SELECT id, name FROM zones WHERE kind IN ('community', 'village') ORDER BY id`;

export const SURVEY_YEARS_SQL = `SELECT DISTINCT year(surveyed_at) AS y FROM surveys WHERE pest = $pest ORDER BY y`;

/** The month of the last survey, `YYYY-MM`: the overview's default season. */
export const LATEST_SURVEY_MONTH_SQL = `SELECT strftime(max(surveyed_at), '%Y-%m') AS m FROM surveys`;
