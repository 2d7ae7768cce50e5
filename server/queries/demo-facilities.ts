/** SQL of the demo town's facilities and standing targets (ingest/demo-facilities.ts). */

export const DEMO_FACILITY_POIS_SQL = `SELECT id, kind, name, lng, lat FROM pois
WHERE kind IN ('market', 'school', 'restaurant', 'garbage_station', 'construction') ORDER BY id`;

export const DEMO_FACILITY_UNITS_SQL = `SELECT id, category, name, lng, lat FROM frontage_units
WHERE retired_at IS NULL AND category IN ('shop', 'unit') ORDER BY id`;

export const DEMO_FACILITY_ROADS_SQL = `SELECT id, road_id AS "roadId", name, length_m AS "lengthM", geometry
FROM road_segments WHERE grade <= 2 ORDER BY length_m DESC, id LIMIT 40`;

export const DEMO_FACILITY_ZONES_SQL = `SELECT id, name, kind, geometry FROM zones
WHERE kind = 'village' ORDER BY id`;
