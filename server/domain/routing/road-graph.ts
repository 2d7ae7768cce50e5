import type { LineString } from 'geojson';
import { haversineM, METRES_PER_DEGREE } from './geo-distance';

export interface RoutableSegment {
	id: string;
	name: string;
	/** Travel only in the direction the line is drawn (first vertex to last). */
	oneway: boolean;
	geometry: LineString;
}

/**
 * Vertices closer than this are one node. 1 m absorbs the rounding of digitised ends
 * (6 decimals ≈ 0.1 m) without joining kerb-side lanes, which lie 3 m or more apart.
 */
export const NODE_SNAP_TOLERANCE_M = 1;

/** One straight piece of a segment between two consecutive vertices. */
export interface GraphPiece {
	segment: number;
	from: number;
	to: number;
	lengthM: number;
	oneway: boolean;
}

/**
 * A routable network: nodes at every vertex (merged within NODE_SNAP_TOLERANCE_M, so roads
 * meet where they share a vertex, not where they merely cross, as at a bridge), and
 * directed edges in CSR form, both ways unless the segment is one-way. Weights are metres.
 */
export interface RoadGraph {
	segments: readonly RoutableSegment[];
	nodeLng: Float64Array;
	nodeLat: Float64Array;
	pieces: GraphPiece[];
	/** Edges leaving node v: `edgeTo/edgeM[adjStart[v] .. adjStart[v + 1])`. */
	adjStart: Int32Array;
	edgeTo: Int32Array;
	edgeM: Float64Array;
}

export function buildRoadGraph(segments: readonly RoutableSegment[]): RoadGraph {
	const lngs: number[] = [];
	const lats: number[] = [];
	const cells = new Map<string, number[]>();
	const lat0 = segments[0]?.geometry.coordinates[0]?.[1] ?? 0;
	const kx = Math.cos((lat0 * Math.PI) / 180) * METRES_PER_DEGREE;
	const cellOf = (x: number, y: number) =>
		[Math.floor(x / NODE_SNAP_TOLERANCE_M), Math.floor(y / NODE_SNAP_TOLERANCE_M)] as const;
	const nodeAt = (lng: number, lat: number): number => {
		const [cx, cy] = cellOf(lng * kx, lat * METRES_PER_DEGREE);
		for (let dx = -1; dx <= 1; dx++) {
			for (let dy = -1; dy <= 1; dy++) {
				for (const v of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
					if (haversineM(lng, lat, lngs[v], lats[v]) <= NODE_SNAP_TOLERANCE_M) return v;
				}
			}
		}
		const v = lngs.length;
		lngs.push(lng);
		lats.push(lat);
		const key = `${cx},${cy}`;
		cells.set(key, [...(cells.get(key) ?? []), v]);
		return v;
	};
	const pieces: GraphPiece[] = [];
	segments.forEach((s, segment) => {
		const nodes = s.geometry.coordinates.map(([lng, lat]) => nodeAt(lng, lat));
		for (let k = 1; k < nodes.length; k++) {
			const [from, to] = [nodes[k - 1], nodes[k]];
			if (from === to) continue;
			const lengthM = haversineM(lngs[from], lats[from], lngs[to], lats[to]);
			pieces.push({ segment, from, to, lengthM, oneway: s.oneway });
		}
	});
	return {
		segments,
		nodeLng: Float64Array.from(lngs),
		nodeLat: Float64Array.from(lats),
		pieces,
		...buildAdjacency(lngs.length, pieces)
	};
}

function buildAdjacency(nodeCount: number, pieces: readonly GraphPiece[]) {
	const edges: [number, number, number][] = [];
	for (const p of pieces) {
		edges.push([p.from, p.to, p.lengthM]);
		if (!p.oneway) edges.push([p.to, p.from, p.lengthM]);
	}
	const adjStart = new Int32Array(nodeCount + 1);
	for (const [from] of edges) adjStart[from + 1]++;
	for (let v = 0; v < nodeCount; v++) adjStart[v + 1] += adjStart[v];
	const fill = adjStart.slice(0, nodeCount);
	const edgeTo = new Int32Array(edges.length);
	const edgeM = new Float64Array(edges.length);
	for (const [from, to, m] of edges) {
		edgeTo[fill[from]] = to;
		edgeM[fill[from]++] = m;
	}
	return { adjStart, edgeTo, edgeM };
}
