/**
 * Issue 17: a method's grade over a dated sample. The sample is first held against its minimum
 * (too small: not graded); then each edition's share of the period is graded by its own
 * edition. Over a period that straddles an edition change the level is the worst of the shares'
 * levels, and only when every share could be graded: a share whose edition has no limits (or
 * does not grade the method) leaves the whole period ungraded, with the reason (decisions.md).
 */
import type { ControlThreshold } from '../catalogues/control-thresholds';
import { assessIndicator, type DensityCatalogue, type IndicatorResult } from './assess-pests';
import type { SurveyTotals } from './compute-indicator';
import { limitsMissingOn, thresholdsOn, type Segment } from './editions';
import { worstLevel } from './grade-indicator';

export interface EditionShare {
	standard: string | null;
	from: string;
	to: string;
	count: number;
	effort: number;
	value: number | null;
	level: IndicatorResult['level'];
	note: IndicatorResult['note'];
}

export interface DatedIndicator extends IndicatorResult {
	/** The edition that graded the sample; null when several did or none. */
	standard: string | null;
	/** One per edition when the records span more than one. */
	shares?: EditionShare[];
	/** Least effort the sample needs; null when the method has no minimum. */
	sampleMin: number | null;
}

/** Scope of the minimum: the whole town, one community, grid or H3 cell, or none (a month of a
 * unit's chart, which shows the trend and is not a grade of record). */
export type SampleScope = 'town' | 'unit' | 'none';

function gradeShare(
	catalogue: DensityCatalogue,
	pest: string,
	method: string,
	segment: Segment,
	totals: SurveyTotals
): EditionShare {
	const editions = catalogue.editions ?? [];
	const rows: ControlThreshold[] = thresholdsOn(
		catalogue.thresholds,
		editions,
		method,
		segment.from
	);
	const r = assessIndicator(catalogue, method, totals, rows);
	const missing = limitsMissingOn(catalogue.thresholds, editions, pest, segment.from);
	const note = r.note === 'not_graded' && missing ? 'limits_not_entered' : r.note;
	return {
		standard: segment.standard,
		from: segment.from,
		to: segment.to,
		count: totals.count,
		effort: totals.effort,
		value: r.value,
		level: r.level,
		note
	};
}

const add = (a: SurveyTotals, b: SurveyTotals): SurveyTotals => ({
	count: a.count + b.count,
	effort: a.effort + b.effort,
	count2: a.count2 === null && b.count2 === null ? null : (a.count2 ?? 0) + (b.count2 ?? 0)
});

/**
 * One method over per-segment sums (only segments with records). The index is over all of
 * them: sum(count)/sum(effort), never a mean of the shares.
 */
export function assessDatedIndicator(
	catalogue: DensityCatalogue,
	pest: string,
	method: string,
	parts: readonly { segment: Segment; totals: SurveyTotals }[],
	scope: SampleScope
): DatedIndicator {
	const total = parts.reduce<SurveyTotals>((s, p) => add(s, p.totals), {
		count: 0,
		effort: 0,
		count2: null
	});
	const min = catalogue.sampleMinimums?.get(method);
	const sampleMin = !min || scope === 'none' ? null : scope === 'town' ? min.townMin : min.unitMin;
	const shares = parts.map((p) => gradeShare(catalogue, pest, method, p.segment, p.totals));
	// Value and value2 over the whole sample; the level comes from the shares below.
	const whole = assessIndicator(catalogue, method, total, []);
	const base = { ...whole, sampleMin, standard: shares.length === 1 ? shares[0].standard : null };
	const extra = shares.length > 1 ? { shares } : {};
	if (whole.note === 'no_data') return { ...base, ...extra, level: null, note: 'no_data' };
	const ungraded = shares.find((s) => s.level === null);
	if (ungraded) return { ...base, ...extra, level: null, note: ungraded.note };
	if (sampleMin !== null && total.effort < sampleMin) {
		return { ...base, ...extra, level: null, note: 'sample_too_small' };
	}
	return { ...base, ...extra, level: worstLevel(shares.map((s) => s.level)), note: null };
}
