import { describe, expect, it } from 'vitest';
import { lineLabelAnchor } from '$geo/line-label';
import { polygonLabelPoint } from '$geo/polygon-label-point';

describe('polygonLabelPoint', () => {
	it('is the centroid of a square', () => {
		const square = {
			type: 'Polygon' as const,
			coordinates: [
				[
					[0, 0],
					[4, 0],
					[4, 2],
					[0, 2],
					[0, 0]
				]
			]
		};
		expect(polygonLabelPoint(square)).toEqual([2, 1]);
	});

	it('uses the largest part of a MultiPolygon', () => {
		const ring = (x: number, size: number) => [
			[
				[x, 0],
				[x + size, 0],
				[x + size, size],
				[x, size],
				[x, 0]
			]
		];
		const multi = { type: 'MultiPolygon' as const, coordinates: [ring(0, 1), ring(10, 4)] };
		expect(polygonLabelPoint(multi)).toEqual([12, 2]);
	});

	it('returns null for an empty geometry', () => {
		expect(polygonLabelPoint({ type: 'MultiPolygon', coordinates: [] })).toBeNull();
	});
});

describe('lineLabelAnchor', () => {
	it('finds the halfway point along a bent line', () => {
		const anchor = lineLabelAnchor([
			[0, 0],
			[0.002, 0],
			[0.002, 0.002]
		]);
		expect(anchor?.position[0]).toBeCloseTo(0.002);
		expect(anchor?.position[1]).toBeCloseTo(0, 6);
	});

	it('keeps text upright: a westward line reads at 0°, not 180°', () => {
		const anchor = lineLabelAnchor([
			[1, 0],
			[0, 0]
		]);
		expect(anchor?.angle).toBeCloseTo(0);
	});

	it('needs two points', () => {
		expect(lineLabelAnchor([[0, 0]])).toBeNull();
	});
});
