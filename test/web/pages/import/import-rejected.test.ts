import { describe, expect, it } from 'vitest';
import { issuesAsGroups, type ImportIssueGroup } from '../../../../web/src/api/import-client';
import {
	formatRowRuns,
	sortRejected,
	toggleRejectedSort,
	unlistedRows
} from '../../../../web/src/pages/import/import-rejected';

const group = (rows: [number, number][], column: string, message: string): ImportIssueGroup => ({
	code: 'not_number',
	column,
	message,
	rows,
	count: rows.reduce((n, [a, b]) => n + b - a + 1, 0),
	examples: []
});

const GROUPS = Object.freeze([
	group([[12, 12]], '纬度', '纬度超出范围'),
	group([[3, 501]], '日期', '不是可识别的日期'),
	group([[12, 40]], '经度', '经度为必填项，不能为空'),
	group([[3, 3]], '类别', '类别应为 白色垃圾 之一'),
	group([[10, 10]], '编号', '编号与第 4 行重复')
]);

describe('problem groups table', () => {
	it('sorts by first Excel row as numbers, not text (3 < 10 < 12)', () => {
		expect(sortRejected(GROUPS, { key: 'row', dir: 'asc' }).map((g) => g.rows[0][0])).toEqual([
			3, 3, 10, 12, 12
		]);
	});

	it('reverses on descending and keeps ties in row order', () => {
		const sorted = sortRejected(GROUPS, { key: 'column', dir: 'desc' });
		expect(sorted.map((g) => g.column)).toEqual(
			[...GROUPS.map((g) => g.column)].sort(new Intl.Collator('zh-CN').compare).reverse()
		);
	});

	it('sorts by message and leaves the input untouched', () => {
		const sorted = sortRejected(GROUPS, { key: 'message', dir: 'asc' });
		expect(sorted.map((g) => g.message)).toEqual(
			[...GROUPS.map((g) => g.message)].sort(new Intl.Collator('zh-CN').compare)
		);
		expect(GROUPS[0].rows[0][0]).toBe(12);
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

	it('writes runs of rows as a clerk reads them and counts rows beyond the listed runs', () => {
		const runs: [number, number][] = [
			[2, 501],
			[503, 503]
		];
		expect(formatRowRuns(runs, '、')).toBe('2–501、503');
		expect(formatRowRuns(runs, ', ')).toBe('2–501, 503');
		expect(unlistedRows({ ...group(runs, 'x', 'y'), count: 600 })).toBe(99);
	});

	it('shows column problems (no groups from the server) one line each', () => {
		const issues = [
			{ row: 1, column: '上报时间', code: 'missing_column' as const, message: '缺少必填列' }
		];
		expect(issuesAsGroups(issues)).toEqual([
			{
				code: 'missing_column',
				column: '上报时间',
				message: '缺少必填列',
				rows: [[1, 1]],
				count: 1,
				examples: []
			}
		]);
	});
});
