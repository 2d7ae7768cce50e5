import type { ImportIssueGroup } from '../../api/import-client';

export type RejectedSortKey = 'row' | 'column' | 'message';
export interface RejectedSort {
	key: RejectedSortKey;
	dir: 'asc' | 'desc';
}

export const DEFAULT_REJECTED_SORT: RejectedSort = { key: 'row', dir: 'asc' };

const collator = new Intl.Collator('zh-CN', { numeric: true });

const firstRow = (g: ImportIssueGroup) => g.rows[0]?.[0] ?? 0;

function compareBy(key: RejectedSortKey, a: ImportIssueGroup, b: ImportIssueGroup): number {
	return key === 'row' ? firstRow(a) - firstRow(b) : collator.compare(a[key], b[key]);
}

/**
 * Sorted copy of the problem groups: by the chosen key (a group's first row for `row`), then
 * first row, then column, so equal keys keep the sheet's order.
 */
export function sortRejected(
	groups: readonly ImportIssueGroup[],
	sort: RejectedSort
): ImportIssueGroup[] {
	const sign = sort.dir === 'asc' ? 1 : -1;
	return [...groups].sort(
		(a, b) =>
			sign * compareBy(sort.key, a, b) || compareBy('row', a, b) || compareBy('column', a, b)
	);
}

/** Clicking a header: the same key flips the direction, a new key starts ascending. */
export function toggleRejectedSort(sort: RejectedSort, key: RejectedSortKey): RejectedSort {
	if (sort.key !== key) return { key, dir: 'asc' };
	return { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' };
}

/** Runs of rows as a clerk reads them: `2–501、503` (zh) or `2–501, 503` (en). */
export function formatRowRuns(rows: readonly (readonly [number, number])[], sep: string): string {
	return rows.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(sep);
}

/** Rows of a group beyond its listed runs (the server lists at most 100 runs). */
export function unlistedRows(group: ImportIssueGroup): number {
	const listed = group.rows.reduce((n, [a, b]) => n + b - a + 1, 0);
	return Math.max(0, group.count - listed);
}
