import { MinHeap } from './min-heap';
import type { RoadGraph } from './road-graph';
import type { GraphSnap } from './snap-to-graph';

/** Distances (metres) from one snapped point to every node, and each node's predecessor. */
export interface PathTree {
	source: GraphSnap;
	dist: Float64Array;
	/** Previous node on the shortest path; -1 for the nodes the source enters directly. */
	prev: Int32Array;
}

/** Dijkstra with a binary heap from a point on an edge (it may leave only as the edge allows). */
export function growPathTree(graph: RoadGraph, source: GraphSnap): PathTree {
	const count = graph.nodeLng.length;
	const dist = new Float64Array(count).fill(Infinity);
	const prev = new Int32Array(count).fill(-1);
	const heap = new MinHeap();
	const piece = graph.pieces[source.piece];
	const enter = (v: number, d: number) => {
		if (d < dist[v]) {
			dist[v] = d;
			heap.push(v, d);
		}
	};
	enter(piece.to, (1 - source.t) * piece.lengthM);
	if (!piece.oneway) enter(piece.from, source.t * piece.lengthM);
	const { adjStart, edgeTo, edgeM } = graph;
	while (heap.size) {
		const [v, d] = heap.pop();
		if (d > dist[v]) continue;
		for (let e = adjStart[v]; e < adjStart[v + 1]; e++) {
			const w = edgeTo[e];
			const nd = d + edgeM[e];
			if (nd < dist[w]) {
				dist[w] = nd;
				prev[w] = v;
				heap.push(w, nd);
			}
		}
	}
	return { source, dist, prev };
}

/** Shortest network metres from the tree's source to a snapped target, and the node it enters by. */
export function reachTarget(
	graph: RoadGraph,
	tree: PathTree,
	target: GraphSnap
): { metres: number; via: number | null } {
	const piece = graph.pieces[target.piece];
	let metres = tree.dist[piece.from] + target.t * piece.lengthM;
	let via: number | null = piece.from;
	if (!piece.oneway) {
		const back = tree.dist[piece.to] + (1 - target.t) * piece.lengthM;
		if (back < metres) [metres, via] = [back, piece.to];
	}
	const source = tree.source;
	if (source.piece === target.piece) {
		const along = (target.t - source.t) * piece.lengthM;
		const direct = along >= 0 ? along : piece.oneway ? Infinity : -along;
		if (direct <= metres) [metres, via] = [direct, null];
	}
	return { metres, via };
}

/** Node coordinates from the tree's source to `via` (inclusive), in travel order. */
export function tracePath(graph: RoadGraph, tree: PathTree, via: number): [number, number][] {
	const nodes: number[] = [];
	for (let v = via; v >= 0; v = tree.prev[v]) nodes.push(v);
	return nodes.reverse().map((v) => [graph.nodeLng[v], graph.nodeLat[v]]);
}
