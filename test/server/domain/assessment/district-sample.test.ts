/** The district's sample (issue 16 item 4): one section per drawn road, reproducible from its seed. */
import { describe, expect, it } from 'vitest';
import { drawDistrictSample } from '../../../../server/domain/assessment/district-sample';

const roads = Array.from({ length: 8 }, (_, r) => ({
	roadId: `r${r}`,
	sections: [0, 1, 2].map((i) => `r${r}-s01#${i}`)
}));

describe('drawDistrictSample', () => {
	it('gives the same sample for the same seed, whatever order the roads come in', () => {
		const a = drawDistrictSample(roads, 42, 5);
		expect(drawDistrictSample(roads, 42, 5)).toEqual(a);
		expect(drawDistrictSample(roads.slice().reverse(), 42, 5)).toEqual(a);
	});

	it('gives another sample for another seed', () => {
		expect(drawDistrictSample(roads, 43, 5)).not.toEqual(drawDistrictSample(roads, 42, 5));
	});

	it('draws roads without replacement, one section of the drawn road each', () => {
		for (const seed of [1, 2, 3, 99]) {
			const sample = drawDistrictSample(roads, seed, 5);
			expect(sample).toHaveLength(5);
			expect(new Set(sample.map((s) => s.roadId)).size).toBe(5);
			for (const s of sample) expect(s.section.startsWith(`${s.roadId}-`)).toBe(true);
		}
	});

	it('draws every road once when asked for more sections than there are roads', () => {
		const sample = drawDistrictSample(roads.slice(0, 3), 7, 5);
		expect(sample.map((s) => s.roadId).sort()).toEqual(['r0', 'r1', 'r2']);
		expect(drawDistrictSample([{ roadId: 'x', sections: [] }], 7, 5)).toEqual([]);
	});
});
