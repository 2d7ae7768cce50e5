import { twoSidedP } from '../hotspots/normal';

export interface MannKendall {
	/** Kendall's S: Σ sign(x_j − x_i) over i < j. */
	s: number;
	/** Var(S) with the correction for tied groups. */
	variance: number;
	/** Normal score with continuity correction; 0 when S is 0. */
	z: number;
	/** Two-sided p; 1 for fewer than 3 values or zero variance. */
	p: number;
	/** Kendall's tau-a = S / (n(n − 1)/2), in [−1, 1]. */
	tau: number;
}

/**
 * Mann–Kendall trend test (Mann 1945, Kendall 1975), as Esri's Emerging Hot Spot Analysis
 * applies it to each cell's series of Gi* z-scores.
 */
export function mannKendall(values: readonly number[]): MannKendall {
	const n = values.length;
	let s = 0;
	for (let i = 0; i < n - 1; i++) {
		for (let j = i + 1; j < n; j++) s += Math.sign(values[j] - values[i]);
	}
	const ties = new Map<number, number>();
	for (const v of values) ties.set(v, (ties.get(v) ?? 0) + 1);
	let tieTerm = 0;
	for (const t of ties.values()) tieTerm += t * (t - 1) * (2 * t + 5);
	const variance = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
	const pairs = (n * (n - 1)) / 2;
	if (n < 3 || variance <= 0) return { s, variance, z: 0, p: 1, tau: pairs ? s / pairs : 0 };
	const z = s > 0 ? (s - 1) / Math.sqrt(variance) : s < 0 ? (s + 1) / Math.sqrt(variance) : 0;
	return { s, variance, z, p: twoSidedP(z), tau: s / pairs };
}
