import Flatbush from 'flatbush';
import type { Bbox } from '$geo/bbox';

/**
 * How far outside every stored zone's extent an imported point may lie before the import
 * asks for confirmation (only when no service area is set). A town's zones span 5–50 km; a
 * point 50 km beyond all of them is in another city, and a wrong CRS or swapped columns put
 * points thousands of km away (Boston 311 into a Chinese town: ~12,000 km). GCJ-02 vs WGS-84
 * (≤ 0.7 km) and BD-09 (≤ 1.2 km) stay far inside it.
 */
export const FAR_FROM_ZONES_KM = 50;
/** Kilometres in a degree of latitude (and of longitude at the equator), WGS-84 mean. */
const KM_PER_DEGREE = 111.32;
/** Latitude nearest a pole where longitude degrees still get shorter, to keep cos > 0. */
const MAX_ABS_LAT = 85;

/** A zone's extent grown by `km` on every side, in degrees (longitude at its poleward edge). */
export function padExtentKm([w, s, e, n]: Bbox, km: number): Bbox {
	const dLat = km / KM_PER_DEGREE;
	const poleward = Math.min(MAX_ABS_LAT, Math.max(Math.abs(s), Math.abs(n)));
	const dLng = km / (KM_PER_DEGREE * Math.cos((poleward * Math.PI) / 180));
	return [w - dLng, s - dLat, e + dLng, n + dLat];
}

/**
 * The indexes of the points that lie outside every zone extent padded by `km`; none when no
 * zones are stored (nothing to compare with).
 */
export function findFarPoints(
	points: readonly { lng: number; lat: number }[],
	zoneExtents: readonly Bbox[],
	km = FAR_FROM_ZONES_KM
): number[] {
	if (!zoneExtents.length || !points.length) return [];
	const index = new Flatbush(zoneExtents.length);
	for (const extent of zoneExtents) index.add(...padExtentKm(extent, km));
	index.finish();
	const far: number[] = [];
	points.forEach((p, i) => {
		if (!index.search(p.lng, p.lat, p.lng, p.lat).length) far.push(i);
	});
	return far;
}
