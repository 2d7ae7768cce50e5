import { describe, expect, it } from 'vitest';
import {
	DEFAULT_DENSITY_SORT,
	nextSort,
	sortDensityUnits,
	tableMethods
} from '../../../web/src/components/density-table';
import { createDensityUnit } from '../fixtures';

const units = () => [
	createDensityUnit('a', 'A', [['m.x', 0.2, 'A']], '安澜社区'),
	createDensityUnit('n', null, [], '北苑社区'),
	createDensityUnit(
		'f',
		'FAIL',
		[
			['m.x', 3, 'FAIL'],
			['m.y', 9, null]
		],
		'东湖社区'
	),
	createDensityUnit('c', 'C', [['m.x', 0.7, 'C']], '西岸社区'),
	createDensityUnit('b', 'B', [['m.y', 1, null]], '河东村')
];
const ids = (list: { id: string }[]) => list.map((u) => u.id);

describe('sortDensityUnits', () => {
	it('sorts by level worst first (FAIL > C > B > A > no data), and the reverse', () => {
		expect(ids(sortDensityUnits(units(), { key: 'level', dir: 'desc' }, 'zh-CN'))).toEqual([
			'f',
			'c',
			'b',
			'a',
			'n'
		]);
		expect(ids(sortDensityUnits(units(), { key: 'level', dir: 'asc' }, 'zh-CN'))).toEqual([
			'n',
			'a',
			'b',
			'c',
			'f'
		]);
	});

	it("sorts an indicator's values numerically, units without it last either way", () => {
		const desc = ids(sortDensityUnits(units(), { key: 'method:m.x', dir: 'desc' }, 'en'));
		expect(desc.slice(0, 3)).toEqual(['f', 'c', 'a']);
		expect(desc.slice(3).sort()).toEqual(['b', 'n']);
		const asc = ids(sortDensityUnits(units(), { key: 'method:m.x', dir: 'asc' }, 'en'));
		expect(asc.slice(0, 3)).toEqual(['a', 'c', 'f']);
		expect(asc.slice(3).sort()).toEqual(['b', 'n']);
	});

	it('sorts names in the reader’s collation and leaves the input alone', () => {
		const input = units();
		const sorted = sortDensityUnits(input, { key: 'name', dir: 'asc' }, 'zh-CN');
		expect(sorted.map((u) => u.name)).toEqual(
			[...input.map((u) => u.name)].sort((a, b) => a.localeCompare(b, 'zh-CN'))
		);
		expect(ids(input)).toEqual(['a', 'n', 'f', 'c', 'b']);
	});
});

describe('nextSort', () => {
	it('flips the same column and starts a new one descending (names ascending)', () => {
		expect(DEFAULT_DENSITY_SORT).toEqual({ key: 'level', dir: 'desc' });
		expect(nextSort(DEFAULT_DENSITY_SORT, 'level')).toEqual({ key: 'level', dir: 'asc' });
		expect(nextSort(DEFAULT_DENSITY_SORT, 'name')).toEqual({ key: 'name', dir: 'asc' });
		expect(nextSort(DEFAULT_DENSITY_SORT, 'method:m.x')).toEqual({
			key: 'method:m.x',
			dir: 'desc'
		});
	});
});

describe('tableMethods', () => {
	it('lists the methods present, in catalogue order, unknown ones last', () => {
		expect(tableMethods(units(), ['m.y', 'm.x'])).toEqual(['m.y', 'm.x']);
		expect(tableMethods(units(), ['m.x'])).toEqual(['m.x', 'm.y']);
	});
});
