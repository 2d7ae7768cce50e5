import type { SqlQuery } from './layers';

/** One zone or grid by id: its name and kind (an endpoint decides which column places records in it). */
export function buildZoneByIdQuery(id: string): SqlQuery {
	return { sql: 'SELECT id, name, kind FROM zones WHERE id = $id', params: { id } };
}

/** Every zone's outline (GeoJSON text), to place a new point as an import does. */
export const ZONE_GEOMETRIES_SQL = 'SELECT id, kind, geometry FROM zones ORDER BY id';
