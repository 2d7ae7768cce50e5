import type { HotspotSubject } from '../contract/hotspots';
import type { Pest } from '../contract/records';
import type { SqlParams } from '../db/database';
import { addDateWindow, h3Column, isOpenCase } from './clauses';
import type { SqlQuery } from './layers';

/** Zones whose union is the default study area (design.md §2: the area tiles of a town). */
export const STUDY_ZONE_KINDS = ['community', 'village'] as const;

/** The study area: one zone by id, or every community and village. */
export function buildStudyZonesQuery(zone: string | undefined): SqlQuery {
	const select = 'SELECT id, name, kind, geometry, area_m2 AS "areaM2" FROM zones';
	return zone
		? { sql: `${select} WHERE id = $zone`, params: { zone } }
		: {
				sql: `${select} WHERE list_contains($kinds, kind) ORDER BY id`,
				params: { kinds: [...STUDY_ZONE_KINDS] }
			};
}

export interface HotspotCellsParams {
	subject: HotspotSubject;
	res: number;
	from?: string;
	to?: string;
	category?: readonly string[];
	pest?: Pest;
	method?: string;
	/** Which stored zone column places a record in the study area, and the ids that count. */
	zoneColumn: 'zone_id' | 'grid_id';
	zoneIds: readonly string[];
}

/**
 * Per-cell sums of one subject: `value` (reports) for blind spots and open cases, `count`
 * and `effort` for a pest and method. `inside` says some record of the cell lies in the
 * study zones, so a cell whose centre falls just outside still keeps its reports.
 */
export function buildHotspotCellsQuery(p: HotspotCellsParams): SqlQuery {
	const cell = h3Column(p.res);
	const isPest = p.subject === 'pest';
	const dateColumn = isPest ? 'surveyed_at' : 'reported_at';
	const params: SqlParams = {};
	const where: string[] = [];
	addDateWindow(where, params, dateColumn, p);
	if (p.subject === 'open') where.push(isOpenCase());
	if (!isPest && p.category?.length) {
		params.category = [...p.category];
		where.push('list_contains($category, category)');
	}
	if (isPest) {
		Object.assign(params, { pest: p.pest ?? null, method: p.method ?? null });
		where.push('pest = $pest', 'method = $method');
	}
	const sums = isPest
		? 'sum(count) AS count, sum(effort) AS effort'
		: 'CAST(count(*) AS DOUBLE) AS value';
	const zone = p.zoneColumn === 'grid_id' ? 'grid_id' : 'zone_id';
	// An empty list cannot be bound (DuckDB cannot type it): no zones means no record is inside.
	let inside = 'false';
	if (p.zoneIds.length) {
		params.zones = [...p.zoneIds];
		inside = `coalesce(bool_or(list_contains($zones, ${zone})), false)`;
	}
	return {
		sql: `SELECT ${cell} AS cell, ${sums},
			${inside} AS inside
			FROM ${isPest ? 'surveys' : 'blind_spots'}
			${where.length ? `WHERE ${where.join(' AND ')}` : ''}
			GROUP BY ${cell} ORDER BY ${cell}`,
		params
	};
}

/** First and last day of a subject's records: a pest's surveys, or every report. */
export function buildSubjectDateRangeQuery(subject: HotspotSubject, pest?: Pest): SqlQuery {
	return subject === 'pest'
		? {
				sql: `SELECT strftime(min(surveyed_at), '%Y-%m-%d') AS "from", strftime(max(surveyed_at), '%Y-%m-%d') AS "to" FROM surveys WHERE pest = $pest`,
				params: { pest: pest ?? null }
			}
		: {
				sql: `SELECT strftime(min(reported_at), '%Y-%m-%d') AS "from", strftime(max(reported_at), '%Y-%m-%d') AS "to" FROM blind_spots`,
				params: {}
			};
}
