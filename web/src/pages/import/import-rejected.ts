import type { ImportIssue } from '../../api/import-client';

export type RejectedSortKey = 'row' | 'column' | 'message';
export interface RejectedSort {
	key: RejectedSortKey;
	dir: 'asc' | 'desc';
}

export const DEFAULT_REJECTED_SORT: RejectedSort = { key: 'row', dir: 'asc' };

const collator = new Intl.Collator('zh-CN', { numeric: true });

function compareBy(key: RejectedSortKey, a: ImportIssue, b: ImportIssue): number {
	return key === 'row' ? a.row - b.row : collator.compare(a[key], b[key]);
}

/** Sorted copy: by the chosen key, then row, then column, so equal keys keep the sheet's order. */
export function sortRejected(rows: readonly ImportIssue[], sort: RejectedSort): ImportIssue[] {
	const sign = sort.dir === 'asc' ? 1 : -1;
	return [...rows].sort(
		(a, b) =>
			sign * compareBy(sort.key, a, b) || compareBy('row', a, b) || compareBy('column', a, b)
	);
}

/** Clicking a header: the same key flips the direction, a new key starts ascending. */
export function toggleRejectedSort(sort: RejectedSort, key: RejectedSortKey): RejectedSort {
	if (sort.key !== key) return { key, dir: 'asc' };
	return { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' };
}

/** How many distinct rows have at least one problem (the header row counts as one). */
export function countRejectedRows(rows: readonly ImportIssue[]): number {
	return new Set(rows.map((r) => r.row)).size;
}
