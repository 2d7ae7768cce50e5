import type { ImportKind } from '../domain/imports/import-fields';

/** The table each import kind writes. */
export const IMPORT_TABLES: Record<ImportKind, string> = {
	zones: 'zones',
	roads: 'road_segments',
	blindspots: 'blind_spots',
	surveys: 'surveys',
	pois: 'pois',
	sprays: 'spray_events',
	responsibility: 'responsibilities'
};

export const BLIND_SPOT_CATEGORIES_SQL = `SELECT code, name_zh AS "nameZh", name_en AS "nameEn",
	deadline_hours AS "deadlineHours" FROM blind_spot_categories ORDER BY code`;

/** Zones and roads the enricher locates points in (design.md §1: read from the database). */
export const ENRICHMENT_ZONES_SQL = 'SELECT id, kind, geometry FROM zones ORDER BY id';
export const ENRICHMENT_ROADS_SQL = 'SELECT id, geometry FROM road_segments ORDER BY id';

/** Ids of `kind` already stored among `$ids` (an upsert counts them as updated). */
export function buildExistingIdsQuery(kind: ImportKind) {
	return `SELECT id FROM ${IMPORT_TABLES[kind]} WHERE list_contains($ids, id)`;
}

export function buildDeleteIdsQuery(kind: ImportKind) {
	return `DELETE FROM ${IMPORT_TABLES[kind]} WHERE list_contains($ids, id)`;
}

/** Every blind spot's place and time, for recomputing recurrence after an import. */
export const BLIND_SPOT_PLACES_SQL = `SELECT id, lng, lat, strftime(reported_at, '%Y-%m-%dT%H:%M:%S') AS "at",
	recurrence FROM blind_spots`;

/** Point tables whose zone, grid and nearest road follow the zones and roads. */
export const ENRICHED_POINT_TABLES = ['blind_spots', 'surveys', 'pois', 'spray_events'] as const;
/** Which enrichment columns each point table has. */
export const ENRICHMENT_COLUMNS: Record<(typeof ENRICHED_POINT_TABLES)[number], readonly string[]> =
	{
		blind_spots: ['zone_id', 'grid_id', 'segment_id', 'segment_distance_m'],
		surveys: ['zone_id', 'grid_id', 'segment_id', 'segment_distance_m'],
		pois: ['zone_id', 'grid_id'],
		spray_events: ['zone_id', 'grid_id']
	};

/** Every stored zone's extent: imported points far outside all of them are questioned. */
export const ZONE_EXTENTS_SQL = 'SELECT minx, miny, maxx, maxy FROM zones';
