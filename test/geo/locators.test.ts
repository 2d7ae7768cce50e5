import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { computeGeometryBbox } from '$geo/bbox';
import { pointToLineDistance } from '@turf/turf';
import { createSegmentLocator, distanceToLineM } from '$geo/segment-locator';
import { createZoneLocator } from '$geo/zone-locator';

const square = (w: number, s: number, e: number, n: number): Polygon => ({
	type: 'Polygon',
	coordinates: [
		[
			[w, s],
			[e, s],
			[e, n],
			[w, n],
			[w, s]
		]
	]
});

describe('computeGeometryBbox', () => {
	it('covers every vertex of a multipolygon', () => {
		expect(
			computeGeometryBbox({
				type: 'MultiPolygon',
				coordinates: [square(0, 0, 1, 1).coordinates, square(2, -1, 3, 0.5).coordinates]
			})
		).toEqual([0, -1, 3, 1]);
	});
});

describe('createZoneLocator', () => {
	// An L-shaped zone whose bbox also covers the notch where the other zone lies.
	const lShape: Polygon = {
		type: 'Polygon',
		coordinates: [
			[
				[0, 0],
				[2, 0],
				[2, 1],
				[1, 1],
				[1, 2],
				[0, 2],
				[0, 0]
			]
		]
	};
	const locator = createZoneLocator([
		{ id: 'L', geometry: lShape },
		{ id: 'notch', geometry: square(1, 1, 2, 2) }
	]);

	it('decides by the polygon, not its bounding box', () => {
		expect(locator.locate(1.5, 1.5)).toBe('notch');
		expect(locator.locate(0.5, 1.5)).toBe('L');
	});

	it('returns null outside every zone and for an empty set', () => {
		expect(locator.locate(5, 5)).toBeNull();
		expect(createZoneLocator([]).locate(0, 0)).toBeNull();
	});
});

describe('createSegmentLocator', () => {
	const lat = 22.955;
	const segments = [
		{
			id: 'north',
			geometry: {
				type: 'LineString' as const,
				coordinates: [
					[113.08, lat + 0.001],
					[113.1, lat + 0.001]
				]
			}
		},
		{
			id: 'south',
			geometry: {
				type: 'LineString' as const,
				coordinates: [
					[113.08, lat - 0.0005],
					[113.1, lat - 0.0005]
				]
			}
		}
	];
	const locator = createSegmentLocator(segments);

	it('finds the nearest segment and its distance in metres', () => {
		const hit = locator.nearest(113.09, lat, 500);
		expect(hit?.id).toBe('south');
		// 0.0005° of latitude ≈ 55.6 m.
		expect(hit?.distanceM).toBeCloseTo(55.6, 0);
	});

	it('returns null when nothing lies within the radius', () => {
		expect(locator.nearest(113.09, lat, 40)).toBeNull();
		expect(locator.nearest(113.2, lat, 500)).toBeNull();
	});

	it('does not miss an east-west neighbour because degrees of longitude are short', () => {
		// At 23° N, 0.0009° of longitude is ~92 m but 0.0009° of latitude ~100 m.
		const east = createSegmentLocator([
			{
				id: 'east',
				geometry: {
					type: 'LineString',
					coordinates: [
						[113.0009, 22.9],
						[113.0009, 23.1]
					]
				}
			}
		]);
		expect(east.nearest(113, 23, 95)?.id).toBe('east');
	});
});

describe('distanceToLineM', () => {
	it('agrees with turf’s geodesic distance within 0.1 % inside the search radius', () => {
		const line = [
			[113.085, 22.951],
			[113.0912, 22.9537],
			[113.094, 22.9601]
		];
		for (const [lng, lat] of [
			[113.09, 22.955],
			[113.086, 22.95],
			[113.0945, 22.962],
			[113.089, 22.9523]
		]) {
			const turfM = pointToLineDistance(
				[lng, lat],
				{ type: 'LineString', coordinates: line },
				{ units: 'meters' }
			);
			expect(Math.abs(distanceToLineM(lng, lat, line) - turfM) / turfM).toBeLessThan(0.001);
		}
	});
});
