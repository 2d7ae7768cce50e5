import type { Bbox } from '$geo/bbox';
import { gcj02ToWgs84, wgs84ToGcj02, type CrsId, type LngLat } from '$geo/crs';

/**
 * Over a GCJ-02 basemap (AMap) the map's camera lives in GCJ-02 while SaniMap's view state,
 * URL and data queries stay in WGS-84 (design.md §1). These convert at that one boundary.
 */
export function toMapLngLat(crs: CrsId, p: LngLat): LngLat {
	return crs === 'gcj02' ? wgs84ToGcj02(p) : p;
}

export function toDataLngLat(crs: CrsId, p: LngLat): LngLat {
	return crs === 'gcj02' ? gcj02ToWgs84(p) : p;
}

/** A bbox through its two corners; the GCJ-02 offset barely changes across a town. */
function convertBbox(bbox: Bbox, convert: (p: LngLat) => LngLat): Bbox {
	const [w, s] = convert([bbox[0], bbox[1]]);
	const [e, n] = convert([bbox[2], bbox[3]]);
	return [w, s, e, n];
}

export function toMapBbox(crs: CrsId, bbox: Bbox): Bbox {
	return crs === 'gcj02' ? convertBbox(bbox, wgs84ToGcj02) : bbox;
}

export function toDataBbox(crs: CrsId, bbox: Bbox): Bbox {
	return crs === 'gcj02' ? convertBbox(bbox, gcj02ToWgs84) : bbox;
}
