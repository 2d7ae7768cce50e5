import type { LayerId, LayerQuery } from '../contract/layers';
import type { SqlParams } from '../db/database';
import { addDateWindow } from './clauses';

/**
 * Most features one `/api/layers/*` response carries. The demo town's largest layer
 * (surveys, ~8k rows) fits; a county's surveys do not, and the client is told `truncated`
 * so it can narrow the filter or ask for binned data (style.md §6).
 */
export const MAX_FEATURES_PER_RESPONSE = 50_000;

/** Which filters each layer understands; any other given filter is refused, not ignored. */
export const LAYER_FILTERS: Record<LayerId, readonly (keyof LayerQuery)[]> = {
	zones: ['bbox', 'kind'],
	roads: ['bbox'],
	pois: ['bbox', 'kind'],
	blindspots: ['bbox', 'from', 'to', 'status', 'category'],
	surveys: ['bbox', 'from', 'to', 'pest', 'method']
};

export interface SqlQuery {
	sql: string;
	params: SqlParams;
}

const SELECTS: Record<LayerId, string> = {
	zones: `SELECT id, name, kind, parent_id AS "parentId", responsible, geometry FROM zones`,
	roads: `SELECT id, name, road_id AS "roadId", grade, key_group AS "keyGroup", responsible,
		round(length_m, 1) AS "lengthM", geometry FROM road_segments`,
	pois: `SELECT id, kind, name, lng, lat, geometry FROM pois`,
	blindspots: `SELECT id, category, description, status, source,
		strftime(reported_at, '%Y-%m-%dT%H:%M:%S') AS "reportedAt",
		strftime(due_at, '%Y-%m-%dT%H:%M:%S') AS "dueAt",
		strftime(closed_at, '%Y-%m-%dT%H:%M:%S') AS "closedAt",
		zone_id AS "zoneId", grid_id AS "gridId", segment_id AS "segmentId",
		segment_distance_m AS "segmentDistanceM", recurrence, lng, lat FROM blind_spots`,
	surveys: `SELECT id, pest, method, site_id AS "siteId", habitat,
		strftime(surveyed_at, '%Y-%m-%d') AS "surveyedAt", count, effort, count2,
		zone_id AS "zoneId", grid_id AS "gridId", lng, lat FROM surveys`
};

/** Layers whose rows are points (`lng`, `lat`); the others carry a bbox envelope. */
const POINT_LAYERS = new Set<LayerId>(['blindspots', 'surveys']);
const DATE_COLUMN: Partial<Record<LayerId, string>> = {
	blindspots: 'reported_at',
	surveys: 'surveyed_at'
};
const LIST_COLUMN: Partial<Record<keyof LayerQuery, string>> = {
	kind: 'kind',
	status: 'status',
	category: 'category',
	pest: 'pest',
	method: 'method'
};

/**
 * The zones of an area-bound user and every zone below them (zones.parent_id), as the CTE
 * `area(id)`; the ids are bound as JSON text (an empty list would not bind).
 */
const AREA_CTE = `WITH RECURSIVE area(id) AS (
	SELECT unnest(from_json($area, '["VARCHAR"]'))
	UNION SELECT z.id FROM zones z JOIN area a ON z.parent_id = a.id) `;

/** What keeps a layer inside the area: points by zone or grid, zones by id, roads by envelope. */
const AREA_FILTER: Record<LayerId, string> = {
	zones: 'id IN (SELECT id FROM area)',
	roads: `EXISTS (SELECT 1 FROM zones z JOIN area a ON a.id = z.id
		WHERE road_segments.maxx >= z.minx AND road_segments.minx <= z.maxx
		AND road_segments.maxy >= z.miny AND road_segments.miny <= z.maxy)`,
	pois: '(zone_id IN (SELECT id FROM area) OR grid_id IN (SELECT id FROM area))',
	blindspots: '(zone_id IN (SELECT id FROM area) OR grid_id IN (SELECT id FROM area))',
	surveys: '(zone_id IN (SELECT id FROM area) OR grid_id IN (SELECT id FROM area))'
};

/**
 * Builds the SQL for one layer request; assumes `filters` passed `LAYER_FILTERS[layer]`.
 * `area` (zone ids) keeps an area-bound role's answer inside its zones; null is the whole town.
 */
export function buildLayerQuery(
	layer: LayerId,
	filters: LayerQuery,
	cap: number,
	area: readonly string[] | null = null
): SqlQuery {
	const where: string[] = [];
	const params: SqlParams = { cap: cap + 1 };
	if (area) {
		params.area = JSON.stringify(area);
		where.push(AREA_FILTER[layer]);
	}
	if (filters.bbox) {
		const [west, south, east, north] = filters.bbox;
		Object.assign(params, { west, south, east, north });
		where.push(
			POINT_LAYERS.has(layer) || layer === 'pois'
				? 'lng BETWEEN $west AND $east AND lat BETWEEN $south AND $north'
				: 'maxx >= $west AND minx <= $east AND maxy >= $south AND miny <= $north'
		);
	}
	const dateColumn = DATE_COLUMN[layer];
	if (dateColumn) addDateWindow(where, params, dateColumn, filters);
	for (const key of ['kind', 'status', 'category', 'pest', 'method'] as const) {
		const values = filters[key];
		if (!values?.length) continue;
		params[key] = values;
		where.push(`list_contains($${key}, ${LIST_COLUMN[key]})`);
	}
	const whereSql = where.length ? ` WHERE ${where.join(' AND ')}` : '';
	const cte = area ? AREA_CTE : '';
	return { sql: `${cte}${SELECTS[layer]}${whereSql} ORDER BY id LIMIT $cap`, params };
}
