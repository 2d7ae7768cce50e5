import type { PriorityReason } from '../../contract/hotspots';
import type { LevelResult } from '../catalogues/control-thresholds';

/**
 * Points per reason (docs/decisions.md, "Priority score"). Each term is capped so that no
 * single reason buries the others; the caps sum to 100.
 */
export const PRIORITY_WEIGHTS = {
	/** Per hot-spot bin (1, 2, 3 → 10, 20, 30); cold and non-significant cells score 0. */
	hotspotPerBin: 10,
	recentPerReport: 5,
	recentCap: 20,
	/** Per repeat at the worst spot (recurrence − 1). */
	recurrencePerRepeat: 3,
	recurrenceCap: 15,
	overduePerCase: 8,
	overdueCap: 24,
	pestLevel: { FAIL: 11, C: 4 } as Record<string, number>
};

export interface PriorityInputs {
	bin: number;
	recent: number;
	maxRecurrence: number;
	overdue: number;
	/** Worst control level of any pest in the cell's zone. */
	pestLevel: LevelResult;
}

/** The score of a place and why: a sum of capped points, one reason per non-zero term. */
export function scorePriority(x: PriorityInputs): { score: number; reasons: PriorityReason[] } {
	const w = PRIORITY_WEIGHTS;
	const terms: PriorityReason[] = [
		{ code: 'hotspot', value: x.bin, points: Math.max(0, x.bin) * w.hotspotPerBin },
		{
			code: 'recent_reports',
			value: x.recent,
			points: Math.min(w.recentCap, x.recent * w.recentPerReport)
		},
		{
			code: 'recurrence',
			value: x.maxRecurrence,
			points: Math.min(w.recurrenceCap, Math.max(0, x.maxRecurrence - 1) * w.recurrencePerRepeat)
		},
		{
			code: 'overdue_open',
			value: x.overdue,
			points: Math.min(w.overdueCap, x.overdue * w.overduePerCase)
		},
		{ code: 'pest_level', value: x.pestLevel ?? '', points: w.pestLevel[x.pestLevel ?? ''] ?? 0 }
	];
	const reasons = terms.filter((t) => t.points > 0).sort((a, b) => b.points - a.points);
	return { score: reasons.reduce((s, r) => s + r.points, 0), reasons };
}
