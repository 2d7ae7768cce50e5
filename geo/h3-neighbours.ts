import { gridDisk } from 'h3-js';

/**
 * Neighbour lists by index in compressed-row form: the neighbours of cell i are
 * `indices[offsets[i]] … indices[offsets[i + 1] - 1]`, itself included.
 */
export interface NeighbourLists {
	offsets: Int32Array;
	indices: Int32Array;
}

/**
 * Binary contiguity over the H3 grid disk of `k` rings: cell j neighbours cell i when it lies
 * within k steps of i and belongs to `cells` (the study set). Each list holds i itself and
 * is sorted by index.
 */
export function buildDiskNeighbours(cells: readonly string[], k: number): NeighbourLists {
	const indexOf = new Map<string, number>();
	cells.forEach((c, i) => indexOf.set(c, i));
	const offsets = new Int32Array(cells.length + 1);
	const lists: Int32Array[] = [];
	let total = 0;
	for (let i = 0; i < cells.length; i++) {
		const found: number[] = [];
		for (const c of gridDisk(cells[i], k)) {
			const j = indexOf.get(c);
			if (j !== undefined) found.push(j);
		}
		const list = Int32Array.from(found).sort();
		lists.push(list);
		total += list.length;
		offsets[i + 1] = total;
	}
	const indices = new Int32Array(total);
	for (let i = 0; i < lists.length; i++) indices.set(lists[i], offsets[i]);
	return { offsets, indices };
}
