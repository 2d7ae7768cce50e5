/**
 * Intersection positions of the town's irregular street grid: GRID_SIZE × GRID_SIZE nodes
 * about GRID_SPACING_M apart, shifted per row, per column and per node, then bent by a
 * gentle warp so that no street is a ruler line.
 */
import type { XY } from './frame';
import type { Rng } from '../domain/random/seeded-random';

export const GRID_SIZE = 12;
export const GRID_SPACING_M = 480;
const ROW_SHIFT_M = 40;
const NODE_SHIFT_M = 30;
const WARP_M = 70;

/** Node keys: `g:i:j` grid node, `h:i:j` midpoint of g:i:j–g:i+1:j, `v:i:j` of g:i:j–g:i:j+1. */
export const gridKey = (i: number, j: number) => `g:${i}:${j}`;
export const rowMidKey = (i: number, j: number) => `h:${i}:${j}`;
export const columnMidKey = (i: number, j: number) => `v:${i}:${j}`;

export function layOutGridNodes(rng: Rng): Map<string, XY> {
	const half = ((GRID_SIZE - 1) * GRID_SPACING_M) / 2;
	const xs = Array.from(
		{ length: GRID_SIZE },
		(_, i) => -half + i * GRID_SPACING_M + rng.range(-1, 1) * ROW_SHIFT_M
	);
	const ys = Array.from(
		{ length: GRID_SIZE },
		(_, j) => -half + j * GRID_SPACING_M + rng.range(-1, 1) * ROW_SHIFT_M
	);
	const phase = [rng.range(0, 2 * Math.PI), rng.range(0, 2 * Math.PI)];
	const nodes = new Map<string, XY>();
	for (let j = 0; j < GRID_SIZE; j++) {
		for (let i = 0; i < GRID_SIZE; i++) {
			const x = xs[i] + rng.range(-1, 1) * NODE_SHIFT_M;
			const y = ys[j] + rng.range(-1, 1) * NODE_SHIFT_M;
			nodes.set(gridKey(i, j), [
				x + WARP_M * Math.sin(y / 1300 + phase[0]),
				y + WARP_M * Math.sin(x / 1100 + phase[1])
			]);
		}
	}
	return nodes;
}

/** Adds a node part of the way along the grid edge from (i, j) east or north (where a lane meets a street). */
export function addMidNode(
	nodes: Map<string, XY>,
	i: number,
	j: number,
	north: boolean,
	rng: Rng
): void {
	const a = nodes.get(gridKey(i, j))!;
	const b = nodes.get(north ? gridKey(i, j + 1) : gridKey(i + 1, j))!;
	const t = rng.range(0.42, 0.58);
	nodes.set(north ? columnMidKey(i, j) : rowMidKey(i, j), [
		a[0] + (b[0] - a[0]) * t,
		a[1] + (b[1] - a[1]) * t
	]);
}

/** Node keys along a path of grid positions, with any lane junction between neighbours. */
export function pathThrough(nodes: Map<string, XY>, cells: readonly [number, number][]): string[] {
	const keys: string[] = [];
	cells.forEach(([i, j], k) => {
		if (k > 0) {
			const [pi, pj] = cells[k - 1];
			const mid =
				pj === j ? rowMidKey(Math.min(i, pi), j) : pi === i ? columnMidKey(i, Math.min(j, pj)) : '';
			if (nodes.has(mid)) keys.push(mid);
		}
		keys.push(gridKey(i, j));
	});
	return keys;
}
