import Flatbush from 'flatbush';
import { pointToLineDistance } from '@turf/turf';
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

const METRES_PER_DEGREE_LAT = 111_320;

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
			const dLat = maxDistanceM / METRES_PER_DEGREE_LAT;
			const dLng = dLat / Math.max(Math.cos((lat * Math.PI) / 180), 1e-6);
			let best: NearestSegment | null = null;
			for (const i of index.search(lng - dLng, lat - dLat, lng + dLng, lat + dLat)) {
				const d = pointToLineDistance([lng, lat], segments[i].geometry, { units: 'meters' });
				const better =
					!best || d < best.distanceM || (d === best.distanceM && segments[i].id < best.id);
				if (d <= maxDistanceM && better) best = { id: segments[i].id, distanceM: d };
			}
			return best;
		}
	};
}
