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

/**
 * Which area each covering cell's centre lies in (the first area, when areas overlap), by the
 * same rule as `coverWithCells`: its keys, sorted, are that cover.
 */
export function cellOwners<T>(
	areas: readonly { owner: T; geometry: Polygon | MultiPolygon }[],
	res: number
): Map<string, T> {
	const owners = new Map<string, T>();
	for (const a of areas) {
		for (const cell of coverWithCells([a.geometry], res)) {
			if (!owners.has(cell)) owners.set(cell, a.owner);
		}
	}
	return owners;
}
