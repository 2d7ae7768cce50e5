import { describe, expect, it } from 'vitest';
import { mannKendall } from '../../../../server/domain/emerging/mann-kendall';

describe('mannKendall', () => {
	it('a strictly rising series of 5: S = 10, Var = 50/3, Z = 9/√(50/3), tau = 1', () => {
		const r = mannKendall([1, 2, 3, 4, 5]);
		expect(r.s).toBe(10);
		expect(r.variance).toBeCloseTo(50 / 3, 12);
		expect(r.z).toBeCloseTo(2.2045407685, 9);
		expect(r.p).toBeCloseTo(0.0274863, 6);
		expect(r.tau).toBe(1);
	});

	it('corrects the variance for ties: [1,1,2,2,3] has S = 8, Var = (300 − 36)/18', () => {
		const r = mannKendall([1, 1, 2, 2, 3]);
		expect(r.s).toBe(8);
		expect(r.variance).toBeCloseTo(264 / 18, 12);
		expect(r.z).toBeCloseTo(7 / Math.sqrt(264 / 18), 12);
	});

	it('a falling series mirrors a rising one', () => {
		const up = mannKendall([3.1, 4, 2, 5, 6, 8, 7]);
		const down = mannKendall([-3.1, -4, -2, -5, -6, -8, -7]);
		expect(down.s).toBe(-up.s);
		expect(down.z).toBeCloseTo(-up.z, 12);
		expect(down.p).toBeCloseTo(up.p, 12);
	});

	it('no trend in a flat or too short series', () => {
		expect(mannKendall([2, 2, 2, 2])).toMatchObject({ s: 0, z: 0, p: 1 });
		expect(mannKendall([1, 2])).toMatchObject({ p: 1 });
	});

	// n = 10 without ties: Var(S) = 10·9·25/18 = 125, so a two-sided 5 % test needs
	// (|S| − 1)/√125 ≥ 1.96, i.e. |S| ≥ 23 (S is odd for n = 10).
	it('n = 10: S = 23 is significant at 5 %, S = 21 is not', () => {
		const withS = (target: number) => {
			// Build a series of 10 with the given S by swapping neighbours of a rising one.
			const xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
			let s = 45;
			for (let i = 0; s > target; i = (i + 2) % 9) {
				[xs[i], xs[i + 1]] = [xs[i + 1], xs[i]];
				s = mannKendall(xs).s;
			}
			return mannKendall(xs);
		};
		const r23 = withS(23);
		const r21 = withS(21);
		expect([r23.s, r23.p < 0.05]).toEqual([23, true]);
		expect([r21.s, r21.p < 0.05]).toEqual([21, false]);
	});
});
