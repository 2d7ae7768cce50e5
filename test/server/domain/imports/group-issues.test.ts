import { describe, expect, it } from 'vitest';
import {
	GROUP_EXAMPLES,
	groupIssues,
	MAX_GROUP_RANGES,
	toRowRanges
} from '../../../../server/domain/imports/group-issues';
import type { RawIssue } from '../../../../server/domain/imports/import-issue';
import { createIssueWording } from '../../../../server/domain/imports/issue-messages';

const names = {
	category: [{ code: 'white_litter', nameZh: '白色垃圾', nameEn: 'White litter' }],
	method: []
};
const zh = createIssueWording('zh-CN', names, ['类别', '数量']);
const en = createIssueWording('en', names, ['类别', '数量']);

const notNumber = (row: number, value: string): RawIssue => ({
	row,
	column: '数量',
	code: 'not_number',
	value
});
const unknownCategory = (row: number): RawIssue => ({
	row,
	column: '类别',
	code: 'unknown_code',
	params: { field: 'category', list: 'category' },
	value: '垃圾堆'
});

describe('toRowRanges', () => {
	it('joins consecutive rows into runs', () => {
		expect(toRowRanges([2, 3, 4, 7, 9, 10])).toEqual([
			[2, 4],
			[7, 7],
			[9, 10]
		]);
		expect(toRowRanges([])).toEqual([]);
	});
});

describe('groupIssues', () => {
	it('puts equal problems of many rows on one line, the cells as examples', () => {
		const issues = [2, 3, 4, 5, 6].flatMap((r) => [unknownCategory(r), notNumber(r, `${r}只`)]);
		const { groups, truncated } = groupIssues(issues, zh);
		expect(truncated).toBe(false);
		expect(groups).toEqual([
			{
				code: 'unknown_code',
				column: '类别',
				params: { field: 'category', list: 'category' },
				message: '类别应为 白色垃圾 之一',
				rows: [[2, 6]],
				count: 5,
				examples: ['垃圾堆']
			},
			{
				code: 'not_number',
				column: '数量',
				message: '应为数字',
				rows: [[2, 6]],
				count: 5,
				examples: ['2只', '3只', '4只'].slice(0, GROUP_EXAMPLES)
			}
		]);
		expect(groups.map(zh.groupLine)).toEqual([
			'第 2–6 行，“类别”列：类别应为 白色垃圾 之一',
			'第 2–6 行，“数量”列：应为数字'
		]);
		expect(en.groupLine(groupIssues(issues, en).groups[1])).toBe(
			'rows 2–6, column "数量": not a number'
		);
	});

	it('keeps problems with different parameters apart', () => {
		const dup = (row: number, firstRow: number): RawIssue => ({
			row,
			column: 'id',
			code: 'duplicate_id',
			params: { firstRow },
			value: 'A'
		});
		const { groups } = groupIssues([dup(5, 2), dup(6, 2), dup(9, 3)], zh);
		expect(groups.map((g) => [g.message, g.rows])).toEqual([
			['编号与第 2 行重复；同一文件中编号不能重复', [[5, 6]]],
			['编号与第 3 行重复；同一文件中编号不能重复', [[9, 9]]]
		]);
	});

	it(`lists at most ${MAX_GROUP_RANGES} runs of a group and counts every row`, () => {
		const everyOther = Array.from({ length: 300 }, (_, i) => notNumber(2 + 2 * i, 'x'));
		const [group] = groupIssues(everyOther, zh).groups;
		expect(group.rows).toHaveLength(MAX_GROUP_RANGES);
		expect(group.count).toBe(300);
		expect(zh.rows(group.rows.slice(0, 2), group.count)).toBe('第 2、4 行及另外 298 行');
		expect(en.rows(group.rows.slice(0, 2), group.count)).toBe('rows 2, 4 and 298 more');
		expect(en.rows([[7, 7]], 1)).toBe('row 7');
	});
});
