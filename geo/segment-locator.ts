import Flatbush from 'flatbush';
import type { LineString } from 'geojson';
import { computeGeometryBbox } from './bbox';

export interface LocatableSegment {
	id: string;
	geometry: LineString;
}

export interface NearestSegment {
	id: string;
	distanceM: number;
}

/** Metres per degree of latitude on the WGS-84 mean sphere (6,371,008.8 m). */
const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;

/** Finds the nearest line segment to a point within a search radius, in metres. */
export interface SegmentLocator {
	nearest(lng: number, lat: number, maxDistanceM: number): NearestSegment | null;
}

export function createSegmentLocator(segments: readonly LocatableSegment[]): SegmentLocator {
	if (segments.length === 0) return { nearest: () => null };
	const index = new Flatbush(segments.length);
	for (const s of segments) index.add(...computeGeometryBbox(s.geometry));
	index.finish();
	return {
		nearest(lng, lat, maxDistanceM) {
			// Degrees of longitude shrink with latitude: widen the box so no candidate is missed.
			const dLat = maxDistanceM / METRES_PER_DEGREE;
			const dLng = dLat / Math.max(Math.cos((lat * Math.PI) / 180), 1e-6);
			let best: NearestSegment | null = null;
			for (const i of index.search(lng - dLng, lat - dLat, lng + dLng, lat + dLat)) {
				const d = distanceToLineM(lng, lat, segments[i].geometry.coordinates);
				const better =
					!best || d < best.distanceM || (d === best.distanceM && segments[i].id < best.id);
				if (d <= maxDistanceM && better) best = { id: segments[i].id, distanceM: d };
			}
			return best;
		}
	};
}

/**
 * Distance in metres from a point to a polyline, in a local equirectangular projection
 * centred on the point. Within the 1 km search radius this differs from the geodesic
 * distance by far less than a GPS fix (< 0.1 %), and runs ~100× faster than turf's
 * `pointToLineDistance`, which made enrichment of 8k points take 9 s.
 */
export function distanceToLineM(lng: number, lat: number, line: readonly number[][]): number {
	const kx = Math.cos((lat * Math.PI) / 180) * METRES_PER_DEGREE;
	const ky = METRES_PER_DEGREE;
	let best = Infinity;
	for (let i = 1; i < line.length; i++) {
		const ax = (line[i - 1][0] - lng) * kx;
		const ay = (line[i - 1][1] - lat) * ky;
		const bx = (line[i][0] - lng) * kx;
		const by = (line[i][1] - lat) * ky;
		const dx = bx - ax;
		const dy = by - ay;
		const len2 = dx * dx + dy * dy;
		const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
		const px = ax + t * dx;
		const py = ay + t * dy;
		best = Math.min(best, Math.sqrt(px * px + py * py));
	}
	if (line.length === 1) best = Math.hypot((line[0][0] - lng) * kx, (line[0][1] - lat) * ky);
	return best;
}
