import { buildDiskNeighbours } from '$geo/h3-neighbours';
import { confidenceBin } from './confidence-bin';
import { adjustBenjaminiHochberg } from './fdr';
import { computeGiStar, GI_STAR_REASONS, type GiStarReason } from './gi-star';
import { twoSidedP } from './normal';

/** Below this many cells Gi* is unreliable (domain.md §4, Esri's guidance). */
export const MIN_RELIABLE_CELLS = 30;

export interface HotspotCell {
	h3: string;
	value: number;
	/** Null with `reason` when the cell has no statistic; never NaN. */
	z: number | null;
	p: number | null;
	/** −3 … 3: cold/hot at 99, 95, 90 % confidence; 0 not significant. */
	bin: number;
	reason?: GiStarReason;
}

export type HotspotWarning = 'few_cells' | 'zero_variance';

export interface HotspotAnalysis {
	cells: HotspotCell[];
	/** The first thing a reader must know about the result, or null. */
	warning: HotspotWarning | null;
}

/**
 * Gi* over a study set of H3 cells (values in the same order as `cells`): binary weights
 * over the grid disk of k rings, two-sided p, bins from p or, with `fdr`, from
 * Benjamini–Hochberg adjusted p.
 */
export function analyseHotspots(
	cells: readonly string[],
	values: Float64Array,
	options: { k: number; fdr: boolean }
): HotspotAnalysis {
	const { z, reason } = computeGiStar(values, buildDiskNeighbours(cells, options.k));
	const p = new Float64Array(z.length);
	for (let i = 0; i < z.length; i++) p[i] = Number.isNaN(z[i]) ? Number.NaN : twoSidedP(z[i]);
	const significance = options.fdr ? adjustBenjaminiHochberg(p) : p;
	const out = cells.map((h3, i): HotspotCell => {
		if (reason[i]) {
			return {
				h3,
				value: values[i],
				z: null,
				p: null,
				bin: 0,
				reason: GI_STAR_REASONS[reason[i] - 1]
			};
		}
		return { h3, value: values[i], z: z[i], p: p[i], bin: confidenceBin(z[i], significance[i]) };
	});
	const warning: HotspotWarning | null =
		cells.length < MIN_RELIABLE_CELLS
			? 'few_cells'
			: reason.length && reason.every((r) => r === 1)
				? 'zero_variance'
				: null;
	return { cells: out, warning };
}
