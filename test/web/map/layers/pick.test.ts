import { describe, expect, it } from 'vitest';
import { toPickedFeature } from '../../../../web/src/map/layers/pick';
import { createBlindSpot, createZone } from '../../fixtures';

describe('toPickedFeature', () => {
	it('reads a datum that holds its feature', () => {
		const feature = createBlindSpot();
		const picked = toPickedFeature({
			layer: { id: 'blindspots:points' },
			object: { feature, position: [0, 0] },
			x: 5,
			y: 6
		});
		expect(picked).toEqual({
			layer: 'blindspots',
			properties: feature.properties,
			geometry: feature.geometry,
			x: 5,
			y: 6
		});
	});

	it('reads a GeoJSON feature picked from a GeoJsonLayer', () => {
		const zone = createZone('c', 'community');
		expect(
			toPickedFeature({ layer: { id: 'zones:outlines' }, object: zone, x: 0, y: 0 })?.layer
		).toBe('zones');
	});

	it('ignores empty picks and layers that are not data (labels, selection)', () => {
		expect(toPickedFeature({ layer: null, object: null, x: 0, y: 0 })).toBeNull();
		expect(
			toPickedFeature({ layer: { id: 'labels:text' }, object: { text: 'x' }, x: 0, y: 0 })
		).toBeNull();
	});
});
