import type { Feature, Geometry, Position } from 'geojson';
import { fromWgs84, type CrsId, type LngLat } from './crs';

function shiftPositions(coords: unknown, crs: CrsId): unknown {
	if (typeof (coords as Position)[0] === 'number') {
		const [lng, lat, ...rest] = coords as Position;
		return [...fromWgs84(crs, [lng, lat] as LngLat), ...rest];
	}
	return (coords as unknown[]).map((c) => shiftPositions(c, crs));
}

/** True when a basemap in `crs` draws stored WGS-84 coordinates unchanged. */
export const drawsUnshifted = (crs: CrsId): boolean => crs === 'wgs84' || crs === 'cgcs2000';

/** A position or any nesting of positions (ring, path, point list) moved into `crs`. */
export function shiftCoordinates<C extends Position | readonly unknown[]>(
	coords: C,
	crs: CrsId
): C {
	return drawsUnshifted(crs) ? coords : (shiftPositions(coords, crs) as C);
}

/** A geometry drawn over a basemap in `crs`: every position moved from WGS-84 into it. */
export function shiftGeometry<G extends Geometry | null>(geometry: G, crs: CrsId): G {
	if (!geometry || drawsUnshifted(crs)) return geometry;
	if (geometry.type === 'GeometryCollection') {
		return { ...geometry, geometries: geometry.geometries.map((g) => shiftGeometry(g, crs)) };
	}
	return { ...geometry, coordinates: shiftPositions(geometry.coordinates, crs) } as G;
}

/** Shifted feature → the stored one, so a pick on a shifted layer reports the original. */
const ORIGINALS = new WeakMap<object, Feature>();

/** The stored (WGS-84) feature a shifted one was drawn from; the feature itself otherwise. */
export function originalFeature<F extends object>(feature: F): F {
	return (ORIGINALS.get(feature) as F | undefined) ?? feature;
}

/**
 * Features as a GCJ-02 (or other non-WGS) basemap needs them at draw time; the stored data
 * stays WGS-84. Returns the input itself for a WGS-84/CGCS2000 basemap, so nothing redraws.
 */
export function shiftForBasemap<F extends Feature>(
	features: readonly F[],
	crs: CrsId
): readonly F[] {
	if (drawsUnshifted(crs)) return features;
	return features.map((f) => {
		const shifted = { ...f, geometry: shiftGeometry(f.geometry, crs) };
		ORIGINALS.set(shifted, f);
		return shifted;
	});
}
