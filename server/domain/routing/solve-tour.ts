import type { CostMatrix } from './cost-matrix';
import { optimizePath } from './path-optimizer';
import { createRng } from '../random/seeded-random';

export interface TourOptions {
	seed: number;
	iterations: number;
	/** Wall-clock cap in ms; the iteration budget keeps runs reproducible below it. */
	timeLimitMs?: number;
}

/** Orders nodes greedily: from `start`, always the nearest unvisited node. */
export function buildNearestNeighbourPath(matrix: CostMatrix, start: number, nodes: number[]) {
	const left = new Set(nodes);
	const path = [start];
	let at = start;
	while (left.size) {
		let best = -1;
		for (const c of left) {
			if (best < 0 || matrix.d[at * matrix.n + c] < matrix.d[at * matrix.n + best]) best = c;
		}
		left.delete(best);
		path.push(best);
		at = best;
	}
	return path;
}

/** A closed tour over every node of the matrix, starting and ending at node 0. */
export function solveTour(matrix: CostMatrix, options: TourOptions): number[] {
	const others = Array.from({ length: matrix.n - 1 }, (_, i) => i + 1);
	const path = [...buildNearestNeighbourPath(matrix, 0, others), 0];
	const deadline =
		options.timeLimitMs === undefined ? undefined : performance.now() + options.timeLimitMs;
	return optimizePath(matrix, path, {
		random: createRng(options.seed),
		iterations: options.iterations,
		deadline
	});
}
