import type { ImportIssueGroup } from '../../contract/import-results';
import type { RawIssue } from './import-issue';
import type { IssueWording } from './issue-messages';

/**
 * Groups listed in a 422 (the rest are counted in `total`): a sheet with more kinds of
 * problem than this needs its columns fixed first, and 1,000 lines bound the answer.
 */
export const MAX_ISSUE_GROUPS = 1_000;
/**
 * Runs of rows one group lists (`count` has them all): every other row of 200k bad would be
 * 100k runs; 100 are more than a clerk reads on one line.
 */
export const MAX_GROUP_RANGES = 100;
/** Different cell values a group quotes as examples. */
export const GROUP_EXAMPLES = 3;

const keyOf = (i: RawIssue) =>
	JSON.stringify([i.code, i.column, Object.entries(i.params ?? {}).sort()]);

/** Sorted row numbers as runs `[first, last]` of consecutive rows. */
export function toRowRanges(rows: readonly number[]): [number, number][] {
	const runs: [number, number][] = [];
	for (const row of rows) {
		const last = runs[runs.length - 1];
		if (last && row <= last[1] + 1) last[1] = Math.max(last[1], row);
		else runs.push([row, row]);
	}
	return runs;
}

/**
 * Equal problems (same code, column and parameters) of many rows as one group, in order of
 * their first row: 500 rows with the same unknown category are one line, "第 2–501 行".
 */
export function groupIssues(
	issues: readonly RawIssue[],
	wording: IssueWording
): { groups: ImportIssueGroup[]; truncated: boolean } {
	const byKey = new Map<string, { first: RawIssue; rows: number[]; examples: Set<string> }>();
	let truncated = false;
	for (const issue of issues) {
		const key = keyOf(issue);
		let group = byKey.get(key);
		if (!group) {
			if (byKey.size >= MAX_ISSUE_GROUPS) {
				truncated = true;
				continue;
			}
			group = { first: issue, rows: [], examples: new Set() };
			byKey.set(key, group);
		}
		group.rows.push(issue.row);
		if (issue.value !== undefined && group.examples.size < GROUP_EXAMPLES) {
			group.examples.add(issue.value);
		}
	}
	const groups = [...byKey.values()].map(({ first, rows, examples }) => {
		const sorted = [...new Set(rows)].sort((a, b) => a - b);
		return {
			code: first.code,
			column: wording.column(first),
			...(first.params && { params: first.params }),
			message: wording.rule(first),
			rows: toRowRanges(sorted).slice(0, MAX_GROUP_RANGES),
			count: sorted.length,
			examples: [...examples]
		};
	});
	groups.sort((a, b) => a.rows[0][0] - b.rows[0][0]);
	return { groups, truncated };
}
