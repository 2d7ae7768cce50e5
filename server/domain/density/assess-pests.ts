import type { Pest } from '../../contract/records';
import type { ControlThreshold, LevelResult } from '../catalogues/control-thresholds';
import type { SurveyMethod } from '../catalogues/survey-methods';
import type { SampleMinimum } from '../catalogues/sample-minimums';
import type { StandardEdition } from '../catalogues/standard-editions';
import { computeIndicator, type SurveyTotals } from './compute-indicator';
import { gradeIndicator, worstLevel } from './grade-indicator';

/** One method's result over a set of records, as the API returns it. */
export type IndicatorNote =
	'no_data' | 'not_graded' | 'second_value_missing' | 'sample_too_small' | 'limits_not_entered';

export interface IndicatorResult extends SurveyTotals {
	method: string;
	value: number | null;
	value2: number | null;
	level: LevelResult;
	/** Why there is no value or no level: zero effort, a method the standards do not grade, or
	 * a second value (larvae, flies per room) the grading needs but the records lack. */
	note: IndicatorNote | null;
}

export interface PestAssessment {
	pest: Pest;
	level: LevelResult;
	indicators: IndicatorResult[];
}

/** Catalogues the assessment reads: methods by code and the thresholds in force. */
export interface DensityCatalogue {
	methods: ReadonlyMap<string, SurveyMethod>;
	thresholds: readonly ControlThreshold[];
	/** Issue 17: editions with their dates; without them every active row grades every date. */
	editions?: readonly StandardEdition[];
	/** Issue 17: sample minimums by method; without them no sample is too small. */
	sampleMinimums?: ReadonlyMap<string, SampleMinimum>;
}

/**
 * Rows that grade an undated sample (the calculator, trends, priorities): the method's active
 * rows, and when several editions have rows for it, only the newest of those editions (rows of
 * standards without an edition record always count). Dated grading uses `thresholdsOn`.
 */
function currentRows(catalogue: DensityCatalogue, methodCode: string) {
	const rows = catalogue.thresholds.filter((t) => t.method === methodCode && t.active);
	const editions = new Map((catalogue.editions ?? []).map((e) => [e.standard, e]));
	const dated = [...new Set(rows.map((r) => r.standard))].filter((s) => editions.has(s));
	if (dated.length < 2) return rows;
	const newest = dated.reduce((a, b) =>
		(editions.get(b)!.validFrom ?? '') > (editions.get(a)!.validFrom ?? '') ? b : a
	);
	return rows.filter((r) => !editions.has(r.standard) || r.standard === newest);
}

/** Index and level of one method over summed totals. */
export function assessIndicator(
	catalogue: DensityCatalogue,
	methodCode: string,
	totals: SurveyTotals,
	rows?: readonly ControlThreshold[]
): IndicatorResult {
	const method = catalogue.methods.get(methodCode);
	if (!method) throw new Error(`unknown survey method ${methodCode}`);
	const computed = computeIndicator(method, totals);
	const limits = rows ?? currentRows(catalogue, methodCode);
	const level = gradeIndicator(computed, limits);
	let note: IndicatorNote | null = computed.reason;
	if (!note && limits.length === 0) note = 'not_graded';
	if (!note && level === null) note = 'second_value_missing';
	return {
		method: methodCode,
		value: computed.value,
		value2: computed.value2,
		count: totals.count,
		effort: totals.effort,
		count2: totals.count2,
		level,
		note
	};
}

/** A pest's level is the worst of its graded indicators (domain.md §2). */
export function assessPest(pest: Pest, indicators: IndicatorResult[]): PestAssessment {
	return { pest, level: worstLevel(indicators.map((i) => i.level)), indicators };
}

/** Sums records per method; count2 stays null unless some record carries it. */
export function sumByMethod(
	records: readonly { method: string; count: number; effort: number; count2: number | null }[]
): Map<string, SurveyTotals> {
	const totals = new Map<string, SurveyTotals>();
	for (const r of records) {
		const t = totals.get(r.method) ?? { count: 0, effort: 0, count2: null };
		t.count += r.count;
		t.effort += r.effort;
		if (r.count2 !== null) t.count2 = (t.count2 ?? 0) + r.count2;
		totals.set(r.method, t);
	}
	return totals;
}
