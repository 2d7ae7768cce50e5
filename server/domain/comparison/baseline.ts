/**
 * Baseline anomaly of domain.md §3 (VectorSurv): anomaly % = (value − mean of the same month
 * in the previous years available) / that mean × 100, naming the years that entered the mean.
 */
import type { Anomaly } from '../../contract/comparison';

export interface MonthValue {
	year: number;
	month: number;
	value: number | null;
}

export type { Anomaly };

export function computeAnomalies(values: readonly MonthValue[]): Anomaly[] {
	return values.map(({ year, month, value }) => {
		const earlier = values.filter((v) => v.month === month && v.year < year && v.value !== null);
		const baselineYears = earlier.map((v) => v.year).sort((x, y) => x - y);
		const baseline = earlier.length
			? earlier.reduce((s, v) => s + v.value!, 0) / earlier.length
			: null;
		const anomalyPct =
			value !== null && baseline !== null && baseline !== 0
				? ((value - baseline) / baseline) * 100
				: null;
		return { year, month, value, baseline, anomalyPct, baselineYears };
	});
}

/** The month (1–12) with the highest value in a year, or null without values. */
export function peakMonth(values: readonly MonthValue[], year: number): number | null {
	let best: MonthValue | null = null;
	for (const v of values) {
		if (v.year === year && v.value !== null && (best === null || v.value > best.value!)) best = v;
	}
	return best?.month ?? null;
}
