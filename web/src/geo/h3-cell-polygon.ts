import { cellToBoundary } from 'h3-js';
import type { Polygon } from 'geojson';
import { roundCoordinate } from './round';

/** A cell's hexagon (or pentagon) as a closed GeoJSON ring of [lng, lat], 6 decimals. */
export function formatCellPolygon(cell: string): Polygon {
	const ring = cellToBoundary(cell, true).map(
		([lng, lat]) => [roundCoordinate(lng), roundCoordinate(lat)] as [number, number]
	);
	return { type: 'Polygon', coordinates: [ring] };
}
