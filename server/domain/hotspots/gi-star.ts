import type { NeighbourLists } from '$geo/h3-neighbours';

/** Why a cell has no z: every value equal, no neighbour but itself, or a neighbourhood that is the whole study set. */
export const GI_STAR_REASONS = ['zero_variance', 'no_neighbours', 'whole_study_area'] as const;
export type GiStarReason = (typeof GI_STAR_REASONS)[number];

/** Per-cell z (NaN where there is none) and reason code (0 = a z; r + 1 = GI_STAR_REASONS[r]). */
export interface GiStarResult {
	z: Float64Array;
	reason: Uint8Array;
}

/**
 * A standard deviation this small against the largest |x| is rounding noise of equal values
 * (0.1 ten times does not average to exactly 0.1), not variation.
 */
const ZERO_VARIANCE_RELATIVE = 1e-12;

/**
 * Getis-Ord Gi* with binary weights (domain.md §4, spdep's localG with include.self):
 * z_i = (Σ_j w_ij x_j − X̄ W_i) / (S √((n W_i − W_i²)/(n − 1))), S² = Σ(x − X̄)²/n,
 * W_i the number of neighbours including i. One pass over the neighbour lists, no
 * allocation per cell.
 */
export function computeGiStar(values: Float64Array, neighbours: NeighbourLists): GiStarResult {
	const n = values.length;
	const z = new Float64Array(n).fill(Number.NaN);
	const reason = new Uint8Array(n);
	let sum = 0;
	let maxAbs = 0;
	for (let i = 0; i < n; i++) {
		sum += values[i];
		maxAbs = Math.max(maxAbs, Math.abs(values[i]));
	}
	const mean = n ? sum / n : 0;
	let squares = 0;
	for (let i = 0; i < n; i++) squares += (values[i] - mean) * (values[i] - mean);
	const s = n ? Math.sqrt(squares / n) : 0;
	if (!(s > ZERO_VARIANCE_RELATIVE * maxAbs)) {
		reason.fill(1);
		return { z, reason };
	}
	const { offsets, indices } = neighbours;
	for (let i = 0; i < n; i++) {
		const start = offsets[i];
		const end = offsets[i + 1];
		const w = end - start;
		if (w <= 1) {
			reason[i] = 2;
			continue;
		}
		const spread = (n * w - w * w) / (n - 1);
		if (spread <= 0) {
			reason[i] = 3;
			continue;
		}
		let lag = 0;
		for (let j = start; j < end; j++) lag += values[indices[j]];
		z[i] = (lag - mean * w) / (s * Math.sqrt(spread));
	}
	return { z, reason };
}
