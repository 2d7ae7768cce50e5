import type { DensityUnitKind } from '../contract/density';
import type { Pest } from '../contract/records';
import { addDateWindow, h3Column, withinFromTo } from './clauses';
import type { SqlQuery } from './layers';

/** Column that names a survey's unit; an allow-list, never caller text (style.md §7). */
function unitColumn(by: DensityUnitKind, res: number): string {
	if (by === 'zone') return 'zone_id';
	if (by === 'grid') return 'grid_id';
	return h3Column(res);
}

/**
 * Raw sums per unit and method: the density of any area is sum(count)/sum(effort) over
 * its records, never a mean of per-record ratios (design.md §2). `count2` sums the records
 * that carry it (SQL's SUM skips nulls), as the domain's `sumByMethod` does.
 */
export function buildDensitySumsQuery(params: {
	pest: Pest;
	by: DensityUnitKind;
	res: number;
	from?: string;
	to?: string;
	/** Issue 17: first days of the period's later edition segments (see `editionCuts`). */
	cuts?: readonly string[];
}): SqlQuery {
	const unit = unitColumn(params.by, params.res);
	const where = ['pest = $pest', `${unit} IS NOT NULL`];
	const bound: SqlQuery['params'] = { pest: params.pest };
	addDateWindow(where, bound, 'surveyed_at', params);
	const segment = segmentColumn(params.cuts ?? [], bound);
	return {
		sql: `SELECT ${unit} AS unit, method, ${segment} AS segment, sum(count) AS count,
			sum(effort) AS effort, sum(count2) AS count2
			FROM surveys WHERE ${where.join(' AND ')} GROUP BY ALL ORDER BY unit, method, segment`,
		params: bound
	};
}

/**
 * Issue 17: a record's edition segment, the number of cut days it reaches (0 before the first).
 * Cut days are bound parameters; their names come from their position, never from text.
 */
export function segmentColumn(cuts: readonly string[], bound: SqlQuery['params']): string {
	if (!cuts.length) return '0';
	return cuts
		.map((day, i) => {
			bound[`cut${i}`] = day;
			return `(surveyed_at >= CAST($cut${i} AS DATE))::INTEGER`;
		})
		.join(' + ');
}

/** Issue 17: the whole town's sums per method and edition segment for one pest (every record). */
export function buildTownSumsQuery(params: {
	pest: Pest;
	from: string;
	to: string;
	cuts: readonly string[];
}): SqlQuery {
	const bound: SqlQuery['params'] = { pest: params.pest, from: params.from, to: params.to };
	const segment = segmentColumn(params.cuts, bound);
	return {
		sql: `SELECT 'town' AS unit, method, ${segment} AS segment, sum(count) AS count,
			sum(effort) AS effort, sum(count2) AS count2
			FROM surveys WHERE pest = $pest AND ${withinFromTo('surveyed_at')}
			GROUP BY ALL ORDER BY method, segment`,
		params: bound
	};
}

/**
 * For H3 units: the community or village most of each cell's surveys (same pest and window as
 * the sums) lie in, so the table can say "沙头村 #2" instead of a 15-digit cell id.
 */
export function buildH3ZoneNamesQuery(params: {
	pest: Pest;
	res: number;
	from?: string;
	to?: string;
}): SqlQuery {
	const cell = h3Column(params.res);
	const where = ['s.pest = $pest', `s.${cell} IS NOT NULL`];
	const bound: SqlQuery['params'] = { pest: params.pest };
	addDateWindow(where, bound, 's.surveyed_at', params);
	return {
		sql: `SELECT cell AS id, arg_max(zone, n) AS "zoneName" FROM (
				SELECT s.${cell} AS cell, z.name AS zone, count(*) AS n
				FROM surveys s LEFT JOIN zones z ON z.id = s.zone_id
				WHERE ${where.join(' AND ')} GROUP BY 1, 2
			) GROUP BY cell ORDER BY cell`,
		params: bound
	};
}

/** Units listed even without surveys, so a zone with no data shows as "no data". */
export function buildDensityUnitsQuery(by: DensityUnitKind): SqlQuery | null {
	if (by === 'h3') return null;
	const kinds = by === 'zone' ? ['community', 'village'] : ['grid'];
	return {
		sql: `SELECT id, name FROM zones WHERE list_contains($kinds, kind) ORDER BY id`,
		params: { kinds }
	};
}

export const SURVEY_DATE_RANGE_SQL = `SELECT strftime(min(surveyed_at), '%Y-%m-%d') AS "from",
	strftime(max(surveyed_at), '%Y-%m-%d') AS "to" FROM surveys WHERE pest = $pest`;

/** Monthly sums of one zone (community/village) or grid for one pest. */
export function buildDensitySeriesQuery(params: {
	pest: Pest;
	unitColumn: 'zone_id' | 'grid_id';
	unit: string;
	from: string;
	to: string;
	cuts?: readonly string[];
}): SqlQuery {
	const bound: SqlQuery['params'] = {
		pest: params.pest,
		unit: params.unit,
		from: params.from,
		to: params.to
	};
	const segment = segmentColumn(params.cuts ?? [], bound);
	return {
		sql: `SELECT strftime(surveyed_at, '%Y-%m') AS unit, method, ${segment} AS segment,
			sum(count) AS count, sum(effort) AS effort, sum(count2) AS count2 FROM surveys
			WHERE pest = $pest AND ${params.unitColumn} = $unit
				AND ${withinFromTo('surveyed_at')}
			GROUP BY ALL ORDER BY 1, method, segment`,
		params: bound
	};
}

/** Issue 17: the last survey day of any pest (the town grade's default season ends there). */
export const SURVEYS_LAST_DAY_SQL = `SELECT strftime(max(surveyed_at), '%Y-%m-%d') AS "to" FROM surveys`;
