import type { DistanceMode } from '../../contract/spray-plan-results';
import { createCostMatrix, type CostMatrix } from './cost-matrix';
import { haversineM } from './geo-distance';
import type { RoadGraph } from './road-graph';
import { growPathTree, reachTarget, tracePath, type PathTree } from './shortest-paths';
import { createGraphSnapper, type GraphSnap } from './snap-to-graph';

export type { DistanceMode };

/**
 * A leg the network cannot serve (a stop off the network, or in a part of it no road joins)
 * is the straight line times this. 1.3 is the usual circuity of town streets: network
 * distance over crow-fly distance is 1.2–1.4 in published measurements of road networks.
 */
export const STRAIGHT_DETOUR_FACTOR = 1.3;

export type LngLat = [number, number];

/** Metres between every pair of points, cached for one request, with each leg's line. */
export interface TravelMatrix {
	mode: DistanceMode;
	matrix: CostMatrix;
	/** 1 where leg i → j is a straight line because the network could not serve it. */
	straight: Uint8Array;
	/** Whether point i lies within the snap distance of a road (always false for "straight"). */
	onNetwork: boolean[];
	/** Nearest road name of point i, if any road lies within the search radius. */
	roadNames: (string | null)[];
	legGeometry(i: number, j: number): LngLat[];
}

export function buildTravelMatrix(
	points: readonly LngLat[],
	mode: DistanceMode,
	graph: RoadGraph
): TravelMatrix {
	const snapper = createGraphSnapper(graph);
	const roadNames = points.map(([lng, lat]) => snapper.roadName(lng, lat));
	const crow = (i: number, j: number) => haversineM(...points[i], ...points[j]);
	const n = points.length;
	const straight = new Uint8Array(n * n);
	if (mode === 'straight') {
		return {
			mode,
			matrix: createCostMatrix(n, crow, true),
			straight,
			onNetwork: points.map(() => false),
			roadNames,
			legGeometry: (i, j) => [points[i], points[j]]
		};
	}
	const snaps = points.map(([lng, lat]) => snapper.snap(lng, lat));
	const trees = snaps.map((s) => (s ? growPathTree(graph, s) : null));
	const via: (number | null)[] = new Array(n * n).fill(null);
	const matrix = createCostMatrix(n, (i, j) => {
		const [from, to] = [snaps[i], snaps[j]];
		const reached = from && to ? reachTarget(graph, trees[i] as PathTree, to) : null;
		if (!from || !to || !reached || !Number.isFinite(reached.metres)) {
			straight[i * n + j] = 1;
			return crow(i, j) * STRAIGHT_DETOUR_FACTOR;
		}
		via[i * n + j] = reached.via;
		return from.offsetM + reached.metres + to.offsetM;
	});
	return {
		mode,
		matrix,
		straight,
		onNetwork: snaps.map((s) => s !== null),
		roadNames,
		legGeometry(i, j) {
			if (i === j) return [points[i]];
			if (straight[i * n + j]) return [points[i], points[j]];
			const [from, to] = [snaps[i] as GraphSnap, snaps[j] as GraphSnap];
			const v = via[i * n + j];
			const middle = v === null ? [] : tracePath(graph, trees[i] as PathTree, v);
			return dedupe([points[i], [from.lng, from.lat], ...middle, [to.lng, to.lat], points[j]]);
		}
	};
}

function dedupe(coords: LngLat[]): LngLat[] {
	return coords.filter((c, k) => k === 0 || c[0] !== coords[k - 1][0] || c[1] !== coords[k - 1][1]);
}
