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
	zones: ['bbox', 'kind', 'zoom'],
	roads: ['bbox', 'zoom'],
	pois: ['bbox', 'kind', 'zoom', 'id'],
	blindspots: ['bbox', 'from', 'to', 'status', 'category', 'zoom', 'id'],
	surveys: ['bbox', 'from', 'to', 'pest', 'method', 'zoom', 'id']
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

const TABLES: Record<LayerId, string> = {
	zones: 'zones',
	roads: 'road_segments',
	pois: 'pois',
	blindspots: 'blind_spots',
	surveys: 'surveys'
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

interface LayerWhere {
	/** The area CTE (empty for the whole town) and the WHERE clause (empty when unfiltered). */
	cte: string;
	whereSql: string;
	params: SqlParams;
}

/** The filters of one layer request as SQL, shared by the feature, count, sample and H3 queries. */
function layerWhere(
	layer: LayerId,
	filters: LayerQuery,
	area: readonly string[] | null
): LayerWhere {
	const where: string[] = [];
	const params: SqlParams = {};
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
	if (filters.id !== undefined) {
		params.id = filters.id;
		where.push('id = $id');
	}
	for (const key of ['kind', 'status', 'category', 'pest', 'method'] as const) {
		const values = filters[key];
		if (!values?.length) continue;
		params[key] = values;
		where.push(`list_contains($${key}, ${LIST_COLUMN[key]})`);
	}
	return {
		cte: area ? AREA_CTE : '',
		whereSql: where.length ? ` WHERE ${where.join(' AND ')}` : '',
		params
	};
}

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
	const { cte, whereSql, params } = layerWhere(layer, filters, area);
	return {
		sql: `${cte}${SELECTS[layer]}${whereSql} ORDER BY id LIMIT $cap`,
		params: { ...params, cap: cap + 1 }
	};
}

/** How many features match a layer request (before any cap). */
export function buildLayerCountQuery(
	layer: LayerId,
	filters: LayerQuery,
	area: readonly string[] | null = null
): SqlQuery {
	const { cte, whereSql, params } = layerWhere(layer, filters, area);
	return { sql: `${cte}SELECT count(*)::INTEGER AS n FROM ${TABLES[layer]}${whereSql}`, params };
}

/** The stored H3 cell columns of the point tables (resolutions 7 to 10). */
export const H3_LAYERS = new Set<LayerId>(['blindspots', 'surveys']);

/**
 * `cap` features that represent the area when more match (issue 18): round-robin over the
 * H3 resolution-7 cells (~5 km² each) of the matching points — every populated cell's first
 * point, then every cell's second, … — each cell's order fixed by a hash of the id, so a
 * cell keeps the same points between requests. Layers without H3 cells take a hash order (a
 * uniform sample). Never the first ids: those cluster wherever ids were issued first.
 */
export function buildLayerSampleQuery(
	layer: LayerId,
	filters: LayerQuery,
	cap: number,
	area: readonly string[] | null = null
): SqlQuery {
	const { cte, whereSql, params } = layerWhere(layer, filters, area);
	const select = SELECTS[layer].replace(
		/ FROM (\w+)$/,
		H3_LAYERS.has(layer)
			? `, row_number() OVER (PARTITION BY h3_r7 ORDER BY hash(id)) AS _turn, hash(id) AS _h FROM $1`
			: `, 0 AS _turn, hash(id) AS _h FROM $1`
	);
	return {
		sql: `${cte}SELECT * EXCLUDE (_turn, _h) FROM (${select}${whereSql}) ORDER BY _turn, _h LIMIT $cap`,
		params: { ...params, cap }
	};
}

/** Counts per stored H3 cell at `resolution` (7–10) of a point layer's matching features. */
export function buildH3CountsQuery(
	layer: LayerId,
	filters: LayerQuery,
	resolution: number,
	area: readonly string[] | null = null
): SqlQuery {
	if (!H3_LAYERS.has(layer) || resolution < 7 || resolution > 10) {
		throw new Error(`no stored H3 r${resolution} cells on ${layer}`);
	}
	const { cte, whereSql, params } = layerWhere(layer, filters, area);
	return {
		sql: `${cte}SELECT h3_r${resolution} AS h3, count(*)::INTEGER AS count FROM ${TABLES[layer]}${whereSql} GROUP BY 1 ORDER BY 1`,
		params
	};
}
