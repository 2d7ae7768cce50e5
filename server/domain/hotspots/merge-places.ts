import { areNeighborCells } from 'h3-js';
import type { PriorityRow } from '../../contract/hotspots';

/** Cells with the same place name that touch are one place; its rows' cells, best first. */
const samePlace = (a: PriorityRow, b: PriorityRow) =>
	a.zoneId === b.zoneId && a.roadName === b.roadName;

/**
 * Merges neighbouring priority cells of one community and road into one row: a team sent to
 * "龙湾村 · 滨江路" walks both blocks, and two rows of the same name read as a duplicate. `rows`
 * come best first; a merged row keeps its best cell's score, reasons and centre, adds up the
 * reports and lists every cell (`cells`, best first). Cells of one name that do not touch
 * (two ends of a long road) stay separate rows.
 */
export function mergeNeighbouringPlaces(rows: readonly PriorityRow[]): PriorityRow[] {
	const places: PriorityRow[] = [];
	for (const row of rows) {
		const place = places.find(
			(p) => samePlace(p, row) && p.cells.some((c) => areNeighborCells(c, row.h3))
		);
		if (!place) {
			places.push({ ...row, cells: [...row.cells] });
			continue;
		}
		place.cells.push(...row.cells);
		place.reports += row.reports;
	}
	return places;
}
