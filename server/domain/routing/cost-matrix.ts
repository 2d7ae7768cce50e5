/**
 * Travel costs between n points, row-major (`d[i * n + j]` is i → j). Road costs may be
 * asymmetric (one-way streets); `symmetric` lets the optimiser skip reversal bookkeeping.
 */
export interface CostMatrix {
	n: number;
	d: Float64Array;
	symmetric: boolean;
}

export function createCostMatrix(
	n: number,
	cost: (i: number, j: number) => number,
	symmetric = false
): CostMatrix {
	const d = new Float64Array(n * n);
	for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) d[i * n + j] = i === j ? 0 : cost(i, j);
	return { n, d, symmetric };
}

/** Length of a path visiting `nodes` in order. */
export function measurePath(matrix: CostMatrix, nodes: ArrayLike<number>): number {
	let total = 0;
	for (let k = 1; k < nodes.length; k++) total += matrix.d[nodes[k - 1] * matrix.n + nodes[k]];
	return total;
}

/**
 * The k nearest of `nodes` to each node (by the mean of both directions), nearest first;
 * the candidate lists that keep 2-opt and Or-opt near linear per pass.
 */
export function buildNeighbourLists(
	matrix: CostMatrix,
	nodes: readonly number[],
	k: number
): Map<number, number[]> {
	const { d, n } = matrix;
	const lists = new Map<number, number[]>();
	for (const a of nodes) {
		const others = nodes.filter((b) => b !== a);
		const near = (b: number) => d[a * n + b] + d[b * n + a];
		others.sort((x, y) => near(x) - near(y) || x - y);
		lists.set(a, others.slice(0, k));
	}
	return lists;
}
