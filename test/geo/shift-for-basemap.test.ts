import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, wgs84ToGcj02, type LngLat } from '$geo/crs';
import { shiftForBasemap, shiftGeometry } from '$geo/shift-for-basemap';

const A: LngLat = [113.1, 22.96];
const B: LngLat = [113.11, 22.97];
const C: LngLat = [113.12, 22.96];
const feature = (geometry: Geometry): Feature => ({ type: 'Feature', geometry, properties: {} });

const GEOMETRIES: Geometry[] = [
	{ type: 'Point', coordinates: A },
	{ type: 'LineString', coordinates: [A, B, C] },
	{ type: 'Polygon', coordinates: [[A, B, C, A]] },
	{ type: 'MultiPolygon', coordinates: [[[A, B, C, A]]] }
];

/** Every position of a geometry, flattened. */
const positions = (g: Geometry): LngLat[] =>
	g.type === 'GeometryCollection'
		? []
		: (g.coordinates as unknown as unknown[])
				.flat(3)
				.reduce<LngLat[]>(
					(acc, v, i, all) => (i % 2 === 0 ? [...acc, [v as number, all[i + 1] as number]] : acc),
					[]
				);

describe('shiftForBasemap', () => {
	for (const g of GEOMETRIES) {
		it(`moves every ${g.type} position to GCJ-02 and back within 1e-7°`, () => {
			const [shifted] = shiftForBasemap([feature(g)], 'gcj02');
			const before = positions(g);
			const after = positions(shifted.geometry);
			expect(after).toHaveLength(before.length);
			after.forEach((p, i) => {
				expect(p).toEqual(wgs84ToGcj02(before[i]));
				const back = gcj02ToWgs84(p);
				expect(Math.abs(back[0] - before[i][0])).toBeLessThan(1e-7);
				expect(Math.abs(back[1] - before[i][1])).toBeLessThan(1e-7);
			});
		});
	}

	it('moves a Foshan point by a few hundred metres (the GCJ-02 offset)', () => {
		const [lng, lat] = shiftGeometry({ type: 'Point', coordinates: A }, 'gcj02').coordinates;
		const dx = (lng - A[0]) * 111_320 * Math.cos((A[1] * Math.PI) / 180);
		const dy = (lat - A[1]) * 110_540;
		expect(Math.hypot(dx, dy)).toBeGreaterThan(300);
		expect(Math.hypot(dx, dy)).toBeLessThan(800);
	});

	it('returns the same array for a WGS-84 basemap and leaves the input untouched', () => {
		const input = [feature({ type: 'Point', coordinates: [...A] })];
		expect(shiftForBasemap(input, 'wgs84')).toBe(input);
		shiftForBasemap(input, 'gcj02');
		expect((input[0].geometry as { coordinates: number[] }).coordinates).toEqual(A);
	});

	it('keeps a null geometry null and an outside-China point in place', () => {
		expect(shiftGeometry(null, 'gcj02')).toBeNull();
		const paris = shiftGeometry({ type: 'Point', coordinates: [2.35, 48.85] }, 'gcj02');
		expect(paris.coordinates).toEqual([2.35, 48.85]);
	});
});
