import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { wgs84ToGcj02, type LngLat } from '$geo/crs';
import { originalFeature, shiftForBasemap } from '$geo/shift-for-basemap';
import { shiftEach } from '../../../../web/src/map/basemap/shift-drawn';
import { toPickedFeature } from '../../../../web/src/map/layers/pick';

const A: LngLat = [113.1, 22.96];
const B: LngLat = [113.11, 22.97];

describe('shiftEach', () => {
	it('moves the named coordinates to GCJ-02 and keeps the other fields', () => {
		const [shape] = shiftEach([{ id: 'z1', rings: [[A, B, A]] }], 'rings', 'gcj02');
		expect(shape.id).toBe('z1');
		expect(shape.rings).toEqual([[wgs84ToGcj02(A), wgs84ToGcj02(B), wgs84ToGcj02(A)]]);
	});

	it('returns the same array over a WGS-84 basemap, so nothing redraws', () => {
		const items = [{ path: [A, B] }];
		expect(shiftEach(items, 'path', 'wgs84')).toBe(items);
	});
});

describe('picking a shifted feature', () => {
	it('reports the stored WGS-84 feature with its id and properties', () => {
		const stored: Feature = {
			type: 'Feature',
			geometry: { type: 'Point', coordinates: A },
			properties: { id: 'BS-1' }
		};
		const [drawn] = shiftForBasemap([stored], 'gcj02');
		expect(drawn.geometry).not.toEqual(stored.geometry);
		expect(originalFeature(drawn)).toBe(stored);
		const picked = toPickedFeature({
			layer: { id: 'blindspots:points' },
			object: { position: [0, 0], feature: drawn },
			x: 1,
			y: 2
		});
		expect(picked?.properties).toEqual({ id: 'BS-1' });
		expect(picked?.geometry).toEqual({ type: 'Point', coordinates: A });
	});
});
