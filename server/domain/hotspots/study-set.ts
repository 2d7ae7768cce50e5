/** Per-cell sums from SQL: reports (`value`) or a pest's count and effort. */
export interface CellSums {
	cell: string;
	value?: number;
	count?: number;
	effort?: number;
	/** Some record of the cell lies in a study zone. */
	inside: boolean;
}

export interface StudySet {
	/** Sorted by id; values in the same order. */
	cells: string[];
	values: Float64Array;
}

/**
 * Counts over the study area: the cells whose centre lies inside (`cover`) plus cells holding
 * records of the study zones; a cell without records counts as 0 (domain.md §4).
 */
export function assembleCountSet(cover: readonly string[], rows: readonly CellSums[]): StudySet {
	const byCell = new Map<string, number>(cover.map((c) => [c, 0]));
	for (const r of rows) {
		if (byCell.has(r.cell) || r.inside) byCell.set(r.cell, r.value ?? 0);
	}
	const cells = [...byCell.keys()].sort();
	return { cells, values: Float64Array.from(cells, (c) => byCell.get(c)!) };
}

/**
 * A pest index per cell, sum(count)/sum(effort) × multiplier, over the study-area cells that
 * were surveyed. A cell without effort has no index (domain.md §1: no data is not 0), so it
 * is left out of the study set instead of counting as a clean cell (docs/decisions.md).
 */
export function assembleIndexSet(
	cover: readonly string[],
	rows: readonly CellSums[],
	multiplier: number
): StudySet {
	const inCover = new Set(cover);
	const kept = rows
		.filter((r) => (inCover.has(r.cell) || r.inside) && (r.effort ?? 0) > 0)
		.sort((a, b) => (a.cell < b.cell ? -1 : a.cell > b.cell ? 1 : 0));
	return {
		cells: kept.map((r) => r.cell),
		values: Float64Array.from(kept, (r) => ((r.count ?? 0) / r.effort!) * multiplier)
	};
}

/** One fixed set of cells for every time slice, and each slice's values in its order. */
export interface SliceSets {
	cells: string[];
	values: Float64Array[];
}

const lookup = (set: StudySet) => new Map(set.cells.map((c, i) => [c, set.values[i]]));

/**
 * Counts per slice for emerging hot spots: the union of every slice's count set
 * (`assembleCountSet`), so a cell with reports in any slice is in all of them; a slice
 * without records in a cell counts 0.
 */
export function assembleSliceCountSets(
	cover: readonly string[],
	slices: readonly (readonly CellSums[])[]
): SliceSets {
	const cells = [...new Set(slices.flatMap((rows) => assembleCountSet(cover, rows).cells))].sort();
	const values = slices.map((rows) => {
		const byCell = new Map(rows.map((r) => [r.cell, r.value ?? 0]));
		return Float64Array.from(cells, (c) => byCell.get(c) ?? 0);
	});
	return { cells, values };
}

/**
 * A pest index per slice for emerging hot spots: only the cells in every slice's index set
 * (`assembleIndexSet`), since a slice without effort has no index and no data is not 0.
 */
export function assembleSliceIndexSets(
	cover: readonly string[],
	slices: readonly (readonly CellSums[])[],
	multiplier: number
): SliceSets {
	const sets = slices.map((rows) => lookup(assembleIndexSet(cover, rows, multiplier)));
	const cells = [...(sets[0]?.keys() ?? [])].filter((c) => sets.every((s) => s.has(c))).sort();
	return { cells, values: sets.map((s) => Float64Array.from(cells, (c) => s.get(c)!)) };
}
