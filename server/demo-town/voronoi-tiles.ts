/**
 * Tiles a polygon with the Voronoi cells of seed points clipped to it, so that the tiles
 * cover it without gaps or overlaps. Works on the local metre plane (turf's Voronoi and
 * polygon clipping are planar).
 */
import { featureCollection, intersect, point, polygon, voronoi } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { XY } from './frame';

const MARGIN_M = 500;

export function tileByVoronoi(
	seeds: readonly XY[],
	area: Polygon | MultiPolygon
): (Polygon | MultiPolygon)[] {
	const rings = area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
	const xs = rings.flat().map((p) => p[0]);
	const ys = rings.flat().map((p) => p[1]);
	const bbox: [number, number, number, number] = [
		Math.min(...xs) - MARGIN_M,
		Math.min(...ys) - MARGIN_M,
		Math.max(...xs) + MARGIN_M,
		Math.max(...ys) + MARGIN_M
	];
	const cells = voronoi(featureCollection(seeds.map((s) => point(s))), { bbox });
	const clip = { type: 'Feature' as const, properties: {}, geometry: area };
	return cells.features.map((cell, k) => {
		if (!cell) throw new Error(`Voronoi seed ${k} has no cell (duplicate point?)`);
		const piece = intersect(featureCollection([polygon(cell.geometry.coordinates), clip]));
		if (!piece) throw new Error(`Voronoi seed ${k} lies outside the area`);
		return piece.geometry;
	});
}
