import { buildDiskNeighbours, type NeighbourLists } from '$geo/h3-neighbours';
import { confidenceBin } from './confidence-bin';
import { adjustBenjaminiHochberg } from './fdr';
import { computeGiStar, GI_STAR_REASONS, type GiStarReason } from './gi-star';
import { twoSidedP } from './normal';
import { countWithoutNeighbours } from './site-neighbours';

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
	/** Cells with no neighbour but themselves: Gi* says nothing about them. */
	noNeighbours: number;
}

/** One unit's Gi* result, whatever the unit (an H3 cell or a survey site). */
export interface GiStarUnit {
	value: number;
	z: number | null;
	p: number | null;
	bin: number;
	reason?: GiStarReason;
}

/**
 * Gi* over any neighbourhood (values and neighbour lists in the same order): binary weights,
 * two-sided p, bins from p or, with `fdr`, from Benjamini–Hochberg adjusted p; and the
 * warning a reader must see first.
 */
export function analyseGiStar(
	values: Float64Array,
	neighbours: NeighbourLists,
	fdr: boolean
): { units: GiStarUnit[]; warning: HotspotWarning | null } {
	const { z, reason } = computeGiStar(values, neighbours);
	const p = new Float64Array(z.length);
	for (let i = 0; i < z.length; i++) p[i] = Number.isNaN(z[i]) ? Number.NaN : twoSidedP(z[i]);
	const significance = fdr ? adjustBenjaminiHochberg(p) : p;
	const units = Array.from(values, (value, i): GiStarUnit => {
		if (reason[i]) {
			return { value, z: null, p: null, bin: 0, reason: GI_STAR_REASONS[reason[i] - 1] };
		}
		return { value, z: z[i], p: p[i], bin: confidenceBin(z[i], significance[i]) };
	});
	const warning: HotspotWarning | null =
		values.length < MIN_RELIABLE_CELLS
			? 'few_cells'
			: reason.length && reason.every((r) => r === 1)
				? 'zero_variance'
				: null;
	return { units, warning };
}

/**
 * Gi* over a study set of H3 cells (values in the same order as `cells`): binary weights
 * over the grid disk of k rings (`analyseGiStar`).
 */
export function analyseHotspots(
	cells: readonly string[],
	values: Float64Array,
	options: { k: number; fdr: boolean }
): HotspotAnalysis {
	const neighbours = buildDiskNeighbours(cells, options.k);
	const { units, warning } = analyseGiStar(values, neighbours, options.fdr);
	return {
		cells: units.map((u, i) => ({ h3: cells[i], ...u })),
		warning,
		noNeighbours: countWithoutNeighbours(neighbours)
	};
}
