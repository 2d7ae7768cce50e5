import { describe, expect, it } from 'vitest';
import {
	countRejectedRows,
	sortRejected,
	toggleRejectedSort
} from '../../../../web/src/pages/import/import-rejected';

const ROWS = Object.freeze([
	{ row: 12, column: '纬度', message: 'lat 95 is out of range' },
	{ row: 3, column: '日期', message: 'date "2025-13-01" is not a date' },
	{ row: 12, column: '经度', message: 'lng is empty' },
	{ row: 3, column: '类别', message: 'category "xx" is not in the catalogue' },
	{ row: 10, column: '编号', message: 'duplicate id BS-1 (also row 4)' }
]);

describe('rejected rows table', () => {
	it('sorts by Excel row number as numbers, not text (3 < 10 < 12)', () => {
		expect(sortRejected(ROWS, { key: 'row', dir: 'asc' }).map((r) => r.row)).toEqual([
			3, 3, 10, 12, 12
		]);
	});

	it('reverses on descending and keeps ties in row order', () => {
		const sorted = sortRejected(ROWS, { key: 'column', dir: 'desc' });
		expect(sorted.map((r) => r.column)).toEqual(
			[...ROWS.map((r) => r.column)].sort(new Intl.Collator('zh-CN').compare).reverse()
		);
	});

	it('sorts by message and leaves the input untouched', () => {
		const sorted = sortRejected(ROWS, { key: 'message', dir: 'asc' });
		expect(sorted[0].message).toBe('category "xx" is not in the catalogue');
		expect(ROWS[0].row).toBe(12);
	});

	it('flips the direction on the same header and starts ascending on a new one', () => {
		expect(toggleRejectedSort({ key: 'row', dir: 'asc' }, 'row')).toEqual({
			key: 'row',
			dir: 'desc'
		});
		expect(toggleRejectedSort({ key: 'row', dir: 'desc' }, 'message')).toEqual({
			key: 'message',
			dir: 'asc'
		});
	});

	it('counts distinct rows, not problems', () => {
		expect(countRejectedRows(ROWS)).toBe(3);
		expect(countRejectedRows([])).toBe(0);
	});
});
