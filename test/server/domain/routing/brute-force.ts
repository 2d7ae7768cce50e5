import { measurePath, type CostMatrix } from '../../../../server/domain/routing/cost-matrix';

/** Shortest path from `start` through every one of `nodes` to `end`, by enumeration. */
export function bruteForcePath(matrix: CostMatrix, start: number, nodes: number[], end: number) {
	let best = Infinity;
	const permute = (done: number[], left: number[]) => {
		if (!left.length) {
			best = Math.min(best, measurePath(matrix, [start, ...done, end]));
			return;
		}
		for (let i = 0; i < left.length; i++) {
			permute([...done, left[i]], [...left.slice(0, i), ...left.slice(i + 1)]);
		}
	};
	permute([], nodes);
	return best;
}
