import { excerpt } from '../../contract/quote';
import type { ControlThreshold } from '../catalogues/control-thresholds';

/**
 * Problems in a full threshold table after an edit: limits must not get stricter from A to C
 * (A ≤ B ≤ C), and one method may be graded by one edition at a time.
 */
export function checkThresholdTable(rows: readonly ControlThreshold[]): string[] {
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
	for (const [method, editions] of activeEditions) {
		if (editions.size > 1) {
			problems.push(
				`${method} is graded by more than one active edition: ${[...editions].sort().map(excerpt).join(', ')}; deactivate all but one`
			);
		}
	}
	return problems;
}
