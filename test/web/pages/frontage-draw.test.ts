import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import {
	dropRepeats,
	frontageFromClicks,
	pathLengthM,
	snapToStreet,
	streetOf
} from '../../../web/src/pages/frontage/frontage-draw';

// An L-shaped street at 30°N: 0.001° east (96.4 m), then 0.001° north (111.3 m).
const L: [number, number][] = [
	[120, 30],
	[120.001, 30],
	[120.001, 30.001]
];

describe('redrawing a frontage line (issue 15 item 2)', () => {
	it('moves each click onto the street and bends round its corner', () => {
		// 5.6 m north of the first leg, and 4.8 m east of the second.
		const line = snapToStreet(
			[
				[120.0002, 30.00005],
				[120.00105, 30.0005]
			],
			[L]
		);
		expect(line).toEqual([
			[120.0002, 30],
			[120.001, 30],
			[120.001, 30.0005]
		]);
		// 0.0008° × 111 320 m × cos 30° = 77.1 m, then 0.0005° × 111 320 m = 55.7 m.
		expect(pathLengthM(line)).toBeCloseTo(77.1 + 55.7, 0);
	});

	it('follows the street backwards when drawn against its direction', () => {
		expect(
			snapToStreet(
				[
					[120.001, 30.0005],
					[120.0002, 30]
				],
				[L]
			)
		).toEqual([
			[120.001, 30.0005],
			[120.001, 30],
			[120.0002, 30]
		]);
	});

	it('takes a double-click as one point and needs two points for a line', () => {
		const a: [number, number] = [120.0002, 30.0001];
		const again: [number, number] = [120.000201, 30.0001]; // 0.1 m away
		expect(dropRepeats([a, again])).toEqual([a]);
		expect(frontageFromClicks([a, again], false, [L])).toBeNull();
		expect(frontageFromClicks([a, again, [120.0006, 30.0001]], false, [L])).toEqual({
			type: 'LineString',
			coordinates: [a, [120.0006, 30.0001]]
		});
	});

	it("finds the unit's street: every segment of its road", () => {
		const roads: FeatureCollection = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { id: 's1', roadId: 'r1' },
					geometry: { type: 'LineString', coordinates: L.slice(0, 2) }
				},
				{
					type: 'Feature',
					properties: { id: 's2', roadId: 'r1' },
					geometry: { type: 'LineString', coordinates: L.slice(1) }
				},
				{
					type: 'Feature',
					properties: { id: 's3', roadId: 'r2' },
					geometry: {
						type: 'LineString',
						coordinates: [
							[121, 31],
							[121.1, 31]
						]
					}
				}
			]
		};
		expect(streetOf(roads, 's2')).toEqual([L.slice(0, 2), L.slice(1)]);
		expect(streetOf(roads, null)).toEqual([]);
		// Snapping across two segments of the road: the corner comes from the segment ends.
		expect(
			snapToStreet(
				[
					[120.0002, 30.00005],
					[120.00105, 30.0005]
				],
				streetOf(roads, 's1')
			)
		).toEqual([
			[120.0002, 30],
			[120.001, 30.0005]
		]);
	});
});
