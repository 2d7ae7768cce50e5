import { describe, expect, it } from 'vitest';
import {
	assembleSliceCountSets,
	assembleSliceIndexSets,
	type CellSums
} from '../../../../server/domain/hotspots/study-set';

const row = (cell: string, sums: Partial<CellSums>): CellSums => ({ cell, inside: false, ...sums });

describe('emerging slice sets', () => {
	it('counts: every cell of the cover or with inside reports in any slice, zeros elsewhere', () => {
		const sets = assembleSliceCountSets(
			['a', 'b'],
			[[row('a', { value: 2 }), row('x', { value: 5 })], [row('c', { value: 1, inside: true })]]
		);
		expect(sets.cells).toEqual(['a', 'b', 'c']);
		expect(sets.values.map((v) => [...v])).toEqual([
			[2, 0, 0],
			[0, 0, 1]
		]);
	});

	it('an index: only cells surveyed in every slice, count / effort × multiplier', () => {
		const sets = assembleSliceIndexSets(
			['a', 'b'],
			[
				[row('a', { count: 1, effort: 4 }), row('b', { count: 3, effort: 2 })],
				[row('a', { count: 2, effort: 4 }), row('b', { count: 0, effort: 0 })]
			],
			100
		);
		expect(sets.cells).toEqual(['a']);
		expect(sets.values.map((v) => [...v])).toEqual([[25], [50]]);
	});
});
