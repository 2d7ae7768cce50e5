import { describe, expect, it } from 'vitest';
import { formatZones, zoneStyle } from '../../../../web/src/map/layers/zones';
import { createZone } from '../../fixtures';

describe('formatZones', () => {
	it('orders grids first and the key area last', () => {
		const { features } = formatZones([
			createZone('k', 'key_area'),
			createZone('s', 'street'),
			createZone('g', 'grid'),
			createZone('c', 'community')
		]);
		expect(features.map((f) => f.properties.kind)).toEqual([
			'grid',
			'community',
			'street',
			'key_area'
		]);
	});

	it('draws grids thinner than communities and highlights the key area', () => {
		expect(zoneStyle('grid').width).toBeLessThan(zoneStyle('community').width);
		expect(zoneStyle('key_area').fill[3]).toBeGreaterThan(zoneStyle('community').fill[3]);
	});

	it('keeps fills barely above zero alpha so zones stay pickable yet invisible', () => {
		expect(zoneStyle('community').fill[3]).toBe(1);
		expect(zoneStyle('unknown-kind').fill[3]).toBe(1);
	});
});
