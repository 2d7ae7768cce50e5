import { polygonToCells } from 'h3-js';
import type { MultiPolygon, Polygon } from 'geojson';

/**
 * The H3 cells covering a study area: every cell whose centre lies inside one of the
 * polygons (h3's own containment rule), each cell once, sorted by id.
 */
export function coverWithCells(
	geometries: readonly (Polygon | MultiPolygon)[],
	res: number
): string[] {
	const cells = new Set<string>();
	for (const g of geometries) {
		const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		for (const rings of polygons) {
			for (const cell of polygonToCells(rings, res, true)) cells.add(cell);
		}
	}
	return [...cells].sort();
}
