import type { SurveyMethod } from '../catalogues/survey-methods';

/** Summed raw numbers of a set of survey records of one method. */
export interface SurveyTotals {
	count: number;
	effort: number;
	/** Sum of count2 over the records that have it; null when none do. */
	count2: number | null;
}

export interface IndicatorValue {
	value: number | null;
	value2: number | null;
	/** Why `value` is null; null when there is a value. */
	reason: 'no_data' | null;
}

/**
 * The index of a method over summed records: sum(count) / sum(effort) × multiplier, never a
 * mean of ratios (design.md §2). Zero effort is "no data" with a reason, never 0 or NaN.
 */
export function computeIndicator(method: SurveyMethod, totals: SurveyTotals): IndicatorValue {
	if (!(totals.effort > 0)) {
		return { value: null, value2: null, reason: 'no_data' };
	}
	const value = (totals.count / totals.effort) * method.multiplier;
	return { value, value2: computeValue2(method, totals), reason: null };
}

function computeValue2(method: SurveyMethod, totals: SurveyTotals): number | null {
	if (!method.value2 || totals.count2 === null) return null;
	const denominator = method.value2.denominator === 'count' ? totals.count : totals.effort;
	// No positive dips or rooms: nothing to count per positive unit, so nothing exceeds a limit.
	if (denominator === 0) return 0;
	return (totals.count2 / denominator) * method.value2.multiplier;
}
