import { describe, expect, it } from 'vitest';
import { selectInsideArea } from '../../../../web/src/pages/spray-plans/plan-area';

const stop = (id: string, lng: number, lat: number) => ({ id, lng, lat, selected: true });
// A triangle drawn around the first two stops only.
const ring: [number, number][] = [
	[113.08, 22.95],
	[113.1, 22.95],
	[113.09, 22.97]
];

describe('selectInsideArea', () => {
	it('ticks the stops inside the drawn polygon and unticks the rest', () => {
		const picked = selectInsideArea(
			[stop('in-1', 113.09, 22.955), stop('in-2', 113.085, 22.952), stop('out', 113.081, 22.968)],
			ring
		);
		expect(picked.map((s) => [s.id, s.selected])).toEqual([
			['in-1', true],
			['in-2', true],
			['out', false]
		]);
	});

	it('changes nothing until the area has three corners', () => {
		const stops = [stop('a', 113.2, 23)];
		expect(selectInsideArea(stops, ring.slice(0, 2))).toEqual(stops);
	});
});
