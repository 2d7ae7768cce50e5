import type { EmergingCell } from '../../contract/hotspots';
import { analyseHotspots } from '../hotspots/analyse-hotspots';
import { classifyEmerging } from './classify-emerging';
import { mannKendall } from './mann-kendall';

export type { EmergingCell };

/**
 * Emerging hot spots over a space-time cube: Gi* per slice on one fixed set of cells, then a
 * Mann–Kendall trend on each cell's z series, classified by Esri's rules. A slice where a
 * cell has no z (zero variance) counts as z = 0, not significant.
 */
export function analyseEmerging(
	cells: readonly string[],
	sliceValues: readonly Float64Array[],
	options: { k: number; fdr: boolean }
): EmergingCell[] {
	const z = cells.map(() => new Float64Array(sliceValues.length));
	const bins = cells.map(() => new Array<number>(sliceValues.length).fill(0));
	sliceValues.forEach((values, t) => {
		const slice = analyseHotspots(cells, values, options);
		slice.cells.forEach((c, i) => {
			z[i][t] = c.z ?? 0;
			bins[i][t] = c.bin;
		});
	});
	return cells.map((h3, i) => {
		const trend = mannKendall(Array.from(z[i]));
		return {
			h3,
			category: classifyEmerging(bins[i], trend),
			tau: trend.tau,
			p: trend.p,
			hotSlices: bins[i].filter((b) => b >= 1).length,
			coldSlices: bins[i].filter((b) => b <= -1).length,
			bins: bins[i]
		};
	});
}
