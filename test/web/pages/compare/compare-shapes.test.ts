import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../../../../server/contract/layers';
import type { CompareUnit } from '../../../../web/src/api/comparison';
import { levelFill } from '../../../../web/src/map/layers/density';
import { formatCompareShapes } from '../../../../web/src/pages/compare/compare-shapes';

const ZONE = {
	type: 'Feature',
	properties: { id: 'c01', name: '城东社区', kind: 'community' },
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[113, 22],
				[113.1, 22],
				[113.1, 22.1],
				[113, 22]
			]
		]
	}
} as unknown as LayerFeature<'zones'>;

/** The pest is failed by another indicator; the method in view (and the table) says C. */
const UNIT = {
	id: 'c01',
	name: '城东社区',
	a: { value: 0.58, level: 'FAIL', methodLevel: 'C', methodNote: null },
	b: { value: 0.4, level: 'FAIL', methodLevel: null, methodNote: 'not_graded' },
	delta: -0.18,
	deltaPct: -31,
	levelChange: null
} as CompareUnit;

describe('formatCompareShapes (issue 11: maps and table agree)', () => {
	it('colours a unit by the method in view’s level, as the table beside it shows', () => {
		const [a] = formatCompareShapes([UNIT], 'a', 'zone', [ZONE], { by: 'level' });
		expect(a.fill).toEqual(levelFill('C'));
		expect(a.fill).not.toEqual(levelFill('FAIL'));
	});

	it('leaves a method the standards do not grade uncoloured, as the table says "not graded"', () => {
		const [b] = formatCompareShapes([UNIT], 'b', 'zone', [ZONE], { by: 'level' });
		expect(b.fill).toEqual(levelFill('none'));
	});
});
