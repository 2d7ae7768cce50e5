/**
 * Esri's Emerging Hot Spot categories (domain.md §4; sfdep implements the same rules) from a
 * cell's per-slice Gi* bins and the Mann–Kendall trend of its z-scores.
 */
import type { EmergingCategory } from '../../contract/hotspots';

export type { EmergingCategory };

/** Share of slices that makes a spot persistent, intensifying, diminishing or historical. */
export const PERSISTENT_SHARE = 0.9;
/** Significance of the Mann–Kendall trend (Esri and sfdep use 0.05 by default). */
export const TREND_ALPHA = 0.05;

/**
 * `bins` holds each slice's Gi* bin (−3…3; a slice is hot when its bin is ≥ 1, i.e. 90 %
 * confidence or more), oldest first; `trend` is the Mann–Kendall result on the z series.
 */
export function classifyEmerging(
	bins: readonly number[],
	trend: { tau: number; p: number }
): EmergingCategory {
	const hot = classifySide(
		bins.map((b) => b >= 1),
		bins.map((b) => b <= -1),
		trend,
		1
	);
	if (hot) return `${hot}_hot`;
	const cold = classifySide(
		bins.map((b) => b <= -1),
		bins.map((b) => b >= 1),
		trend,
		-1
	);
	return cold ? `${cold}_cold` : 'no_pattern';
}

type Pattern =
	| 'new'
	| 'consecutive'
	| 'intensifying'
	| 'persistent'
	| 'diminishing'
	| 'sporadic'
	| 'oscillating'
	| 'historical';

/** The rules for one side: `on` is hot (or cold), `opposite` the other; `sign` turns
 * "increasing" into "more extreme" for cold spots. */
function classifySide(
	on: boolean[],
	opposite: boolean[],
	trend: { tau: number; p: number },
	sign: 1 | -1
): Pattern | null {
	const n = on.length;
	if (n === 0) return null;
	const last = on[n - 1];
	const count = on.filter(Boolean).length;
	const mostly = count >= PERSISTENT_SHARE * n;
	const significant = trend.p < TREND_ALPHA;
	if (last && mostly) {
		if (significant && Math.sign(trend.tau) === sign) return 'intensifying';
		if (significant && Math.sign(trend.tau) === -sign) return 'diminishing';
		return 'persistent';
	}
	if (!last) return mostly ? 'historical' : null;
	const before = on.slice(0, -1);
	if (!before.some(Boolean)) return 'new';
	let runStart = n - 1;
	while (runStart > 0 && on[runStart - 1]) runStart--;
	if (n - runStart >= 2 && !on.slice(0, runStart).some(Boolean)) return 'consecutive';
	if (opposite.slice(0, -1).some(Boolean)) return 'oscillating';
	return 'sporadic';
}
