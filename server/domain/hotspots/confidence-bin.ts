/** Significance levels of bins 3, 2, 1: 99 %, 95 % and 90 % confidence (domain.md §4). */
export const BIN_ALPHAS = [0.01, 0.05, 0.1] as const;

/**
 * The hot/cold bin of a cell: ±3, ±2, ±1 when its p (raw, or BH-adjusted with FDR on) is
 * within 0.01, 0.05, 0.10, signed as z; 0 otherwise or without a z.
 */
export function confidenceBin(z: number, p: number): number {
	if (!Number.isFinite(z) || !Number.isFinite(p)) return 0;
	const sign = z > 0 ? 1 : -1;
	for (let k = 0; k < BIN_ALPHAS.length; k++) {
		if (p <= BIN_ALPHAS[k]) return sign * (3 - k);
	}
	return 0;
}
