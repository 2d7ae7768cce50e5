import { describe, expect, it } from 'vitest';
import { erfc, twoSidedP } from '../../../../server/domain/hotspots/normal';

/** erfc(x) to 20 digits from mpmath (40-digit arithmetic). */
const ERFC: readonly [number, number][] = [
	[0, 1],
	[1e-10, 0.99999999988716208329],
	[0.1, 0.8875370839817151016],
	[0.46875, 0.50738652678206200841],
	[0.5, 0.47950012218695346232],
	[1, 0.15729920705028513066],
	[1.5, 0.033894853524689272933],
	[2, 0.0046777349810472658379],
	[3, 0.000022090496998585441373],
	[3.9, 3.4792248597231767129e-8],
	[4, 1.5417257900280018852e-8],
	[4.5, 1.9661604415428874763e-10],
	[6, 2.1519736712498913117e-17],
	[10, 2.088487583762544757e-45],
	[20, 5.3958656116079009289e-176],
	[26, 5.6631924088561428465e-296],
	[-0.3, 1.3286267594591274162],
	[-2, 1.9953222650189527342]
];

describe('erfc', () => {
	it.each(ERFC)('erfc(%d) agrees with mpmath to 1e-13 relative', (x, expected) => {
		expect(Math.abs(erfc(x) - expected) / expected).toBeLessThan(1e-13);
	});

	it('underflows to 0 far out and to 2 on the far left', () => {
		expect(erfc(40)).toBe(0);
		expect(erfc(-40)).toBe(2);
	});
});

describe('twoSidedP', () => {
	it.each([
		[1.6448536269514722, 0.10000000000000010787],
		[1.959963984540054, 0.050000000000000021752],
		[2.5758293035489004, 0.010000000000000010897],
		[3.2905267314919255, 0.00099999999999989072006],
		[-1.2, 0.23013934044341655],
		[2.7, 6.9339476060813312e-3],
		[4.1, 4.1315013825093543e-5],
		[6.3, 2.9764564435246253e-10]
	])('p(%d) = %d (R 2*pnorm(-|z|), mpmath)', (z, expected) => {
		expect(Math.abs(twoSidedP(z) - expected) / expected).toBeLessThan(1e-13);
	});

	it('is 1 at z = 0', () => expect(twoSidedP(0)).toBe(1));
});
