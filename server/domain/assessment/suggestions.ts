/**
 * Which sections the phone suggests inspecting next (issue 16 item 2). Pure: the service
 * gathers each candidate's facts. Order:
 * 1. never-inspected sections first;
 * 2. then by urgency = days since the last inspection, scaled to the section's cadence (a key
 *    group member: its group's inspectEveryDays; any other section: OTHER_EVERY_DAYS), times
 *    1 + ¼ per recurring problem (deductions of the last 90 days, open cases within 50 m),
 *    at most 4 counted — so a key road a week overdue, or a road with recurring dirt, comes
 *    before a quiet road not seen for a month;
 * 3. nearest first among equals (never-inspected ones: members, then problems, then distance).
 * Decision: docs/decisions.md "Inspections (issue 16, lane B)".
 */
import type { SuggestionReason } from '../../contract/inspections';

/** A section outside every key group is "due" after this many days. */
export const OTHER_EVERY_DAYS = 30;
/** Recurring problems counted towards urgency at most. */
const MAX_PROBLEMS = 4;

export interface SuggestionFacts {
	/** Days since its last inspection; null: never inspected. */
	daysSince: number | null;
	/** The group's cadence when the section is a key group member, else null. */
	everyDays: number | null;
	recentDeductions: number;
	openCases: number;
	distanceM: number;
}

const problemWeight = (f: SuggestionFacts) =>
	1 + Math.min(MAX_PROBLEMS, f.recentDeductions + f.openCases) / 4;

/** Days overdue relative to the cadence, weighted by recurring problems; Infinity if never. */
export function urgency(f: SuggestionFacts): number {
	if (f.daysSince === null) return Infinity;
	return (f.daysSince / (f.everyDays ?? OTHER_EVERY_DAYS)) * problemWeight(f);
}

export function suggestionReasons(f: SuggestionFacts): SuggestionReason[] {
	const reasons: SuggestionReason[] = [];
	if (f.daysSince === null) reasons.push('never');
	else if (f.everyDays !== null && f.daysSince >= f.everyDays) reasons.push('due');
	else if (f.everyDays === null && f.daysSince >= OTHER_EVERY_DAYS) reasons.push('stale');
	if (f.recentDeductions > 0) reasons.push('deductions');
	if (f.openCases > 0) reasons.push('open_cases');
	return reasons;
}

/** Most urgent first (see the file's comment); a stable sort of a copy. */
export function rankSuggestions<T extends SuggestionFacts>(facts: readonly T[]): T[] {
	const key = (f: T): number[] =>
		f.daysSince === null
			? [0, f.everyDays === null ? 1 : 0, -problemWeight(f), f.distanceM]
			: [1, 0, -Math.round(urgency(f) * 100) / 100, f.distanceM];
	return [...facts].sort((a, b) => {
		const ka = key(a);
		const kb = key(b);
		for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
		return 0;
	});
}
