import { describe, expect, it } from 'vitest';
import { adjustBenjaminiHochberg } from '../../../../server/domain/hotspots/fdr';
import { confidenceBin } from '../../../../server/domain/hotspots/confidence-bin';

describe('adjustBenjaminiHochberg', () => {
	it("agrees with R's p.adjust(p, 'BH')", () => {
		const p = [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216];
		const q = adjustBenjaminiHochberg(Float64Array.from(p));
		const r = [0.01, 0.04, 0.084, 0.084, 0.084, 0.1, 0.105714285714285705, 0.216, 0.216, 0.216];
		r.forEach((x, i) => expect(q[i]).toBeCloseTo(x, 15));
	});

	it('keeps the input order and skips missing p-values in m', () => {
		const q = adjustBenjaminiHochberg(Float64Array.from([0.04, Number.NaN, 0.01, 0.03, 0.005]));
		expect([...q]).toEqual([0.04, Number.NaN, 0.02, 0.04, 0.02]);
	});
});

describe('confidenceBin', () => {
	it.each([
		[3.1, 0.002, 3],
		[2.1, 0.03, 2],
		[1.7, 0.09, 1],
		[1.2, 0.23, 0],
		[-2.7, 0.007, -3],
		[-1.7, 0.09, -1],
		[Number.NaN, Number.NaN, 0]
	])('z %d, p %d → bin %d', (z, p, bin) => expect(confidenceBin(z, p)).toBe(bin));
});
