import Flatbush from 'flatbush';
import { createSegmentLocator } from '$geo/segment-locator';
import { haversineM, METRES_PER_DEGREE } from './geo-distance';
import type { RoadGraph } from './road-graph';

/**
 * A stop farther than this from every road is off the network: its legs are straight
 * lines × STRAIGHT_DETOUR_FACTOR. 300 m is a long walk with a sprayer, and past it the
 * nearest road is often not the one the team would drive in on.
 */
export const MAX_SNAP_DISTANCE_M = 300;
/** Nearest-road names are looked up this far out, as the write-time enrichment does. */
export const ROAD_NAME_SEARCH_M = 1000;

/** Where a point meets the network: a position along one piece, `t` from its `from` node. */
export interface GraphSnap {
	piece: number;
	t: number;
	lng: number;
	lat: number;
	/** Straight distance from the point to the road, metres. */
	offsetM: number;
}

export interface GraphSnapper {
	snap(lng: number, lat: number): GraphSnap | null;
	roadName(lng: number, lat: number): string | null;
}

/** Snaps points to the nearest piece of the graph: the projected point splits that edge. */
export function createGraphSnapper(graph: RoadGraph): GraphSnapper {
	const { pieces, nodeLng, nodeLat } = graph;
	const locator = createSegmentLocator(graph.segments);
	const names = new Map(graph.segments.map((s) => [s.id, s.name]));
	const index = pieces.length ? new Flatbush(pieces.length) : null;
	for (const p of pieces) {
		index?.add(
			Math.min(nodeLng[p.from], nodeLng[p.to]),
			Math.min(nodeLat[p.from], nodeLat[p.to]),
			Math.max(nodeLng[p.from], nodeLng[p.to]),
			Math.max(nodeLat[p.from], nodeLat[p.to])
		);
	}
	index?.finish();
	return {
		snap(lng, lat) {
			if (!index) return null;
			const dLat = MAX_SNAP_DISTANCE_M / METRES_PER_DEGREE;
			const dLng = dLat / Math.max(Math.cos((lat * Math.PI) / 180), 1e-6);
			let best: GraphSnap | null = null;
			for (const i of index
				.search(lng - dLng, lat - dLat, lng + dLng, lat + dLat)
				.sort((a, b) => a - b)) {
				const p = pieces[i];
				const s = projectOntoPiece(
					lng,
					lat,
					nodeLng[p.from],
					nodeLat[p.from],
					nodeLng[p.to],
					nodeLat[p.to]
				);
				const offsetM = haversineM(lng, lat, s.lng, s.lat);
				if (offsetM <= MAX_SNAP_DISTANCE_M && (!best || offsetM < best.offsetM)) {
					best = { piece: i, t: s.t, lng: s.lng, lat: s.lat, offsetM };
				}
			}
			return best;
		},
		roadName(lng, lat) {
			const nearest = locator.nearest(lng, lat, ROAD_NAME_SEARCH_M);
			return nearest ? (names.get(nearest.id) ?? null) : null;
		}
	};
}

/** Closest point of the straight piece a–b to p, in a local equirectangular projection. */
function projectOntoPiece(
	lng: number,
	lat: number,
	aLng: number,
	aLat: number,
	bLng: number,
	bLat: number
) {
	const kx = Math.cos((lat * Math.PI) / 180);
	const dx = (bLng - aLng) * kx;
	const dy = bLat - aLat;
	const len2 = dx * dx + dy * dy;
	const raw = len2 === 0 ? 0 : ((lng - aLng) * kx * dx + (lat - aLat) * dy) / len2;
	const t = Math.max(0, Math.min(1, raw));
	return { t, lng: aLng + t * (bLng - aLng), lat: aLat + t * (bLat - aLat) };
}
