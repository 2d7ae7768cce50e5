import type { Feature, Geometry, Position } from 'geojson';
import { fromWgs84, type CrsId, type LngLat } from './crs';

function shiftPositions(coords: unknown, crs: CrsId): unknown {
	if (typeof (coords as Position)[0] === 'number') {
		const [lng, lat, ...rest] = coords as Position;
		return [...fromWgs84(crs, [lng, lat] as LngLat), ...rest];
	}
	return (coords as unknown[]).map((c) => shiftPositions(c, crs));
}

/** A geometry drawn over a basemap in `crs`: every position moved from WGS-84 into it. */
export function shiftGeometry<G extends Geometry | null>(geometry: G, crs: CrsId): G {
	if (!geometry || crs === 'wgs84' || crs === 'cgcs2000') return geometry;
	if (geometry.type === 'GeometryCollection') {
		return { ...geometry, geometries: geometry.geometries.map((g) => shiftGeometry(g, crs)) };
	}
	return { ...geometry, coordinates: shiftPositions(geometry.coordinates, crs) } as G;
}

/**
 * Features as a GCJ-02 (or other non-WGS) basemap needs them at draw time; the stored data
 * stays WGS-84. Returns the input itself for a WGS-84/CGCS2000 basemap, so nothing redraws.
 */
export function shiftForBasemap<F extends Feature>(
	features: readonly F[],
	crs: CrsId
): readonly F[] {
	if (crs === 'wgs84' || crs === 'cgcs2000') return features;
	return features.map((f) => ({ ...f, geometry: shiftGeometry(f.geometry, crs) }));
}
