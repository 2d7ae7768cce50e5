import { describe, expect, it } from 'vitest';
import type { CompareUnit } from '../../../../web/src/api/comparison';
import {
	changeClass,
	formatNumber,
	methodNotGraded,
	sideBadge,
	sortCompareUnits
} from '../../../../web/src/pages/compare/compare-table';

function createUnit(
	id: string,
	name: string,
	a: number | null,
	b: number | null,
	levelChange: CompareUnit['levelChange']
): CompareUnit {
	const delta = a !== null && b !== null ? b - a : null;
	return {
		id,
		name,
		a: { value: a, level: null },
		b: { value: b, level: null },
		delta,
		deltaPct: delta !== null && a ? (delta / a) * 100 : null,
		levelChange
	} as CompareUnit;
}

const UNITS = Object.freeze([
	createUnit('c01', '新街社区', 0.77, 0.29, 'improved'),
	createUnit('c02', '东湖社区', 1.41, 1.0, 'unchanged'),
	createUnit('v01', '龙湾村', 0.5, 2.22, 'worsened'),
	createUnit('v02', '石岗村', null, 0.55, null)
]);
const ids = (units: CompareUnit[]) => units.map((u) => u.id);

describe('sortCompareUnits', () => {
	it('puts worsened first, then unchanged, improved and ungraded by level change', () => {
		expect(ids(sortCompareUnits(UNITS, 'levelChange', 'asc'))).toEqual([
			'v01',
			'c02',
			'c01',
			'v02'
		]);
	});

	it('sorts by B value descending with units lacking a value last', () => {
		expect(ids(sortCompareUnits(UNITS, 'b', 'desc'))).toEqual(['v01', 'c02', 'v02', 'c01']);
		expect(ids(sortCompareUnits(UNITS, 'a', 'asc'))).toEqual(['v01', 'c01', 'c02', 'v02']);
		expect(ids(sortCompareUnits(UNITS, 'a', 'desc'))).toEqual(['c02', 'c01', 'v01', 'v02']);
	});

	it('sorts names in pinyin order and by change', () => {
		expect(ids(sortCompareUnits(UNITS, 'name', 'asc'))).toEqual(['c02', 'v01', 'v02', 'c01']);
		expect(ids(sortCompareUnits(UNITS, 'delta', 'asc'))).toEqual(['c01', 'c02', 'v01', 'v02']);
	});

	it('leaves the input untouched', () => {
		const before = ids([...UNITS]);
		sortCompareUnits(UNITS, 'delta', 'desc');
		expect(ids([...UNITS])).toEqual(before);
	});
});

describe('changeClass', () => {
	it.each([
		['improved', 'improved'],
		['worsened', 'worsened'],
		['unchanged', 'unchanged'],
		[null, 'none']
	] as const)('%s → %s', (change, cls) => {
		expect(changeClass(change)).toBe(cls);
	});
});

describe('formatNumber', () => {
	it('prints two decimals, a sign on request and a dash for no value', () => {
		expect(formatNumber(1.234)).toBe('1.23');
		expect(formatNumber(1.5, true)).toBe('+1.50');
		expect(formatNumber(-0.41, true)).toBe('-0.41');
		expect(formatNumber(null)).toBe('—');
		expect(formatNumber(Number.NaN)).toBe('—');
	});
});

describe('sideBadge (issue 11 item 1)', () => {
	it("shows the method's own level, not the pest's", () => {
		expect(sideBadge({ value: 0.58, level: 'FAIL', methodLevel: 'C', methodNote: null })).toEqual({
			level: 'C',
			label: 'level.C'
		});
	});
	it('says not graded for a method without limits, and no data without surveys', () => {
		const trap = {
			value: 20,
			level: 'B' as const,
			methodLevel: null,
			methodNote: 'not_graded' as const
		};
		expect(sideBadge(trap)).toEqual({ level: 'none', label: 'level.notGraded' });
		const empty = { value: null, level: null, methodLevel: null, methodNote: 'no_data' as const };
		expect(sideBadge(empty)).toEqual({ level: 'none', label: 'level.none' });
	});
});

describe('methodNotGraded', () => {
	it('is true when the standards give the method in view no levels, so the legend says so', () => {
		const side = (methodNote: 'not_graded' | 'no_data' | null) =>
			({ value: 1, level: 'A', methodLevel: null, methodNote }) as CompareUnit['a'];
		const unit = (a: CompareUnit['a'], b: CompareUnit['a']) => ({ ...UNITS[0], a, b });
		expect(methodNotGraded([unit(side('no_data'), side('not_graded'))])).toBe(true);
		expect(methodNotGraded([unit(side(null), side('no_data'))])).toBe(false);
	});
});
