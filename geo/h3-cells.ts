import { cellToBoundary, cellToLatLng, latLngToCell } from 'h3-js';
import type { Polygon } from 'geojson';
import { roundCoordinate } from './round';

import type { H3Resolution } from './h3-resolutions';

export { H3_RESOLUTIONS, type H3Resolution } from './h3-resolutions';

export type H3CellsByResolution = Record<`r${H3Resolution}`, string>;

/** The H3 cells containing a WGS-84 point at every stored resolution. */
export function computeH3Cells(lng: number, lat: number): H3CellsByResolution {
	return {
		r7: latLngToCell(lat, lng, 7),
		r8: latLngToCell(lat, lng, 8),
		r9: latLngToCell(lat, lng, 9),
		r10: latLngToCell(lat, lng, 10)
	};
}

/** A cell's centre as [lng, lat], 6 decimals (h3 itself answers [lat, lng]). */
export function cellCentre(cell: string): [number, number] {
	const [lat, lng] = cellToLatLng(cell);
	return [roundCoordinate(lng), roundCoordinate(lat)];
}

/** A cell's hexagon (or pentagon) as a closed GeoJSON ring of [lng, lat], 6 decimals. */
export function formatCellPolygon(cell: string): Polygon {
	const ring = cellToBoundary(cell, true).map(
		([lng, lat]) => [roundCoordinate(lng), roundCoordinate(lat)] as [number, number]
	);
	return { type: 'Polygon', coordinates: [ring] };
}
