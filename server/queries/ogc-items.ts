import type { LayerId } from '../contract/layers';
import type { TimeRange } from '../contract/ogc';
import type { SqlParams } from '../db/database';
import type { Bbox } from '$geo/bbox';
import { buildLayerQuery, type SqlQuery } from './layers';

/** No cap: paging is done around the layer query (its LIMIT is set beyond any table). */
const UNCAPPED = 1e15;
/** The layer query's closing sort and cap, left out of the count (kept if it ever reads otherwise). */
const LAYER_ORDER = /\s+ORDER BY id LIMIT \$cap\s*$/;

/** The property holding a feature's time, as the layer query names it; null: no time. */
export const TEMPORAL_PROPERTY: Record<LayerId, string | null> = {
	zones: null,
	roads: null,
	pois: null,
	blindspots: 'reportedAt',
	surveys: 'surveyedAt'
};

export interface OgcItemsFilter {
	bbox?: Bbox;
	datetime?: TimeRange;
	/** Only these ids (the exact-geometry result of a bbox test on lines and polygons). */
	ids?: readonly string[];
}

/**
 * The `/api/layers` query (same columns, same bbox pre-filter) wrapped for OGC paging: an
 * optional time range on the layer's temporal property, an id list, LIMIT/OFFSET and a count.
 */
export function buildOgcItemsQueries(
	layer: LayerId,
	filter: OgcItemsFilter,
	page: { limit: number; offset: number }
): { items: SqlQuery; count: SqlQuery } {
	const base = buildLayerQuery(layer, { bbox: filter.bbox }, UNCAPPED);
	const params: SqlParams = { ...base.params };
	const where: string[] = [];
	const property = TEMPORAL_PROPERTY[layer];
	if (property && filter.datetime) {
		// Surveys carry a date, blind spots a local date-time: compare as much as the value has.
		const width = layer === 'surveys' ? 10 : 19;
		if (filter.datetime.start) {
			params.start = filter.datetime.start.slice(0, width);
			where.push(`f."${property}" >= $start`);
		}
		if (filter.datetime.end) {
			params.end = filter.datetime.end.slice(0, width);
			where.push(`f."${property}" <= $end`);
		}
	}
	if (filter.ids) {
		params.ids = filter.ids;
		where.push('list_contains($ids, f.id)');
	}
	const whereSql = where.length ? ` WHERE ${where.join(' AND ')}` : '';
	// The page sorts once (a top-N by id) and the count not at all, so the layer query's own
	// ORDER BY … LIMIT is left out; kept, as a subquery, if it ever reads otherwise.
	const unordered = base.sql.replace(LAYER_ORDER, '');
	if (unordered !== base.sql) delete params.cap;
	const from = `FROM (${unordered}) AS f${whereSql}`;
	return {
		items: {
			sql: `SELECT * ${from} ORDER BY f.id LIMIT $limit OFFSET $offset`,
			params: { ...params, limit: page.limit, offset: page.offset }
		},
		count: { sql: `SELECT count(*) AS n ${from}`, params }
	};
}

/** Envelope candidates of a bbox on a line or polygon layer, for the exact test in TypeScript. */
export function buildBboxCandidatesQuery(layer: LayerId, bbox: Bbox): SqlQuery {
	const base = buildLayerQuery(layer, { bbox }, UNCAPPED);
	return { sql: `SELECT f.id, f.geometry FROM (${base.sql}) AS f`, params: base.params };
}

/** Spatial and temporal extent of each collection, from the data. */
export const OGC_EXTENT_SQL: Record<LayerId, string> = {
	zones: `SELECT min(minx) AS w, min(miny) AS s, max(maxx) AS e, max(maxy) AS n, NULL AS t0, NULL AS t1 FROM zones`,
	roads: `SELECT min(minx) AS w, min(miny) AS s, max(maxx) AS e, max(maxy) AS n, NULL AS t0, NULL AS t1 FROM road_segments`,
	pois: `SELECT min(lng) AS w, min(lat) AS s, max(lng) AS e, max(lat) AS n, NULL AS t0, NULL AS t1 FROM pois`,
	blindspots: `SELECT min(lng) AS w, min(lat) AS s, max(lng) AS e, max(lat) AS n,
		strftime(min(reported_at), '%Y-%m-%dT%H:%M:%S') AS t0, strftime(max(reported_at), '%Y-%m-%dT%H:%M:%S') AS t1 FROM blind_spots`,
	surveys: `SELECT min(lng) AS w, min(lat) AS s, max(lng) AS e, max(lat) AS n,
		strftime(min(surveyed_at), '%Y-%m-%dT00:00:00') AS t0, strftime(max(surveyed_at), '%Y-%m-%dT23:59:59') AS t1 FROM surveys`
};

/** One feature by id (OGC `items/{fid}`), through the same layer query. */
export function buildOgcItemQuery(layer: LayerId, id: string): SqlQuery {
	const base = buildLayerQuery(layer, {}, UNCAPPED);
	return {
		sql: `SELECT * FROM (${base.sql}) AS f WHERE f.id = $id`,
		params: { ...base.params, id }
	};
}
