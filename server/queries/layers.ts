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

/** Builds the SQL for one layer request; assumes `filters` passed `LAYER_FILTERS[layer]`. */
export function buildLayerQuery(layer: LayerId, filters: LayerQuery, cap: number): SqlQuery {
	const where: string[] = [];
	const params: SqlParams = { cap: cap + 1 };
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
	return { sql: `${SELECTS[layer]}${whereSql} ORDER BY id LIMIT $cap`, params };
}
