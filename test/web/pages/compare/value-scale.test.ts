import { describe, expect, it } from 'vitest';
import { hexToRgba } from '../../../../web/src/map/colors';
import { VALUE_STEPS, valueBreaks, valueFill } from '../../../../web/src/pages/compare/value-scale';

describe('valueBreaks', () => {
	it('splits 0 to the larger maximum of both periods into five equal steps', () => {
		expect(valueBreaks([0.5, null, 2.5, 1])).toEqual([0.5, 1, 1.5, 2, 2.5]);
	});

	it('is all zeros without values', () => {
		expect(valueBreaks([null, null])).toEqual([0, 0, 0, 0, 0]);
	});
});

describe('valueFill', () => {
	const breaks = [0.5, 1, 1.5, 2, 2.5];
	it.each([
		[0, 0],
		[0.5, 0],
		[0.51, 1],
		[2.5, 4],
		[9, 4]
	])('%f falls in step %i', (value, step) => {
		expect(valueFill(value, breaks)).toEqual(hexToRgba(VALUE_STEPS[step], 200));
	});

	it('greys out a unit without a value', () => {
		expect(valueFill(null, breaks)).toEqual(hexToRgba('#d4d4d4', 120));
	});
});
