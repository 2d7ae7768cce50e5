import { excerpt } from '../../contract/quote';
import type { ControlThreshold } from '../catalogues/control-thresholds';
import type { StandardEdition } from '../catalogues/standard-editions';

/** Whether two editions' validity overlaps (null = open); an edition without a record is always valid. */
function overlap(a: StandardEdition | undefined, b: StandardEdition | undefined): boolean {
	if (!a || !b) return true;
	const startsBeforeEnd = (x: StandardEdition, y: StandardEdition) =>
		x.validFrom === null || y.validTo === null || x.validFrom <= y.validTo;
	return startsBeforeEnd(a, b) && startsBeforeEnd(b, a);
}

/**
 * Problems in a full threshold table after an edit: limits must not get stricter from A to C
 * (A ≤ B ≤ C), and one method may be graded by one edition at a time: two active editions of a
 * method must not be in force on the same day (issue 17: editions carry their dates).
 */
export function checkThresholdTable(
	rows: readonly ControlThreshold[],
	editions: readonly StandardEdition[] = []
): string[] {
	const problems: string[] = [];
	const groups = new Map<string, ControlThreshold[]>();
	for (const r of rows) {
		const key = `${r.standard}|${r.method}|${r.indicator}`;
		groups.set(key, [...(groups.get(key) ?? []), r]);
	}
	for (const group of groups.values()) {
		const limit = (level: string) => group.find((r) => r.level === level)?.limit;
		const [a, b, c] = [limit('A'), limit('B'), limit('C')];
		const ordered = [a, b, c].filter((x): x is number => x !== undefined);
		if (ordered.some((x, i) => i > 0 && x < ordered[i - 1])) {
			const { standard, method, indicator } = group[0];
			problems.push(
				`${method} ${indicator} (${excerpt(standard)}): limits must satisfy A <= B <= C, got A=${a ?? '-'}, B=${b ?? '-'}, C=${c ?? '-'}`
			);
		}
	}
	const activeEditions = new Map<string, Set<string>>();
	for (const r of rows.filter((x) => x.active)) {
		activeEditions.set(r.method, (activeEditions.get(r.method) ?? new Set()).add(r.standard));
	}
	const byStandard = new Map(editions.map((e) => [e.standard, e]));
	for (const [method, standards] of activeEditions) {
		const list = [...standards].sort();
		const clash = list.some((a, i) =>
			list.slice(i + 1).some((b) => overlap(byStandard.get(a), byStandard.get(b)))
		);
		if (clash) {
			problems.push(
				`${method} is graded by more than one active edition: ${list.map(excerpt).join(', ')}; deactivate all but one`
			);
		}
	}
	return problems;
}
