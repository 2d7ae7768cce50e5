import { describe, expect, it } from 'vitest';
import { isCodeSelected, toggleCode } from '../../../web/src/state/multi-select';

const ALL = ['a', 'b', 'c'];

describe('toggleCode', () => {
	it.each([
		[null, 'b', ['a', 'c']],
		[['a', 'c'], 'b', null],
		[['a'], 'a', []],
		[[], 'c', ['c']],
		[['c'], 'a', ['a', 'c']]
	] as const)('%j toggling %s gives %j', (current, code, expected) => {
		expect(toggleCode(current === null ? null : [...current], code, ALL)).toEqual(expected);
	});

	it('treats null as every code selected', () => {
		expect(isCodeSelected(null, 'x')).toBe(true);
		expect(isCodeSelected([], 'a')).toBe(false);
	});
});
