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
