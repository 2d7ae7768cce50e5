import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { zonesFirstView } from '../../../web/src/pages/map/first-view';
import { boxFromCorners } from '../../../web/src/pages/map/box-draw.svelte';

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
const zones = [
	{ properties: { id: 'town' }, geometry: square(120.0, 30.0, 120.2, 30.2) },
	{ properties: { id: 'g1' }, geometry: square(120.01, 30.02, 120.03, 30.04) },
	{ properties: { id: 'g2' }, geometry: square(120.05, 30.01, 120.06, 30.03) }
];

describe("an area-bound user's first map view (issue 14)", () => {
	it('is the union of the boxes of their zones', () => {
		// g1 ∪ g2: west 120.01, south 30.01, east 120.06, north 30.04.
		expect(zonesFirstView({ role: 'grid', zones: ['g1', 'g2'] }, zones, false)).toEqual([
			120.01, 30.01, 120.06, 30.04
		]);
		expect(zonesFirstView({ role: 'sprayer', zones: ['g2'] }, zones, false)).toEqual([
			120.05, 30.01, 120.06, 30.03
		]);
	});

	it('keeps the town extent when the URL names a view, for office roles, or with no zones', () => {
		expect(zonesFirstView({ role: 'grid', zones: ['g1'] }, zones, true)).toBeNull();
		expect(zonesFirstView({ role: 'planner', zones: ['g1'] }, zones, false)).toBeNull();
		expect(zonesFirstView({ role: 'patrol', zones: [] }, zones, false)).toBeNull();
		expect(zonesFirstView({ role: 'patrol', zones: ['gone'] }, zones, false)).toBeNull();
		expect(zonesFirstView(null, zones, false)).toBeNull();
	});
});

describe('the box dragged on the map for a batch dispatch', () => {
	it('is west-south-east-north whichever way it was dragged, to 1e-6°', () => {
		expect(boxFromCorners([120.0512345, 30.02], [120.0312344, 30.0456789])).toEqual([
			120.031234, 30.02, 120.051235, 30.045679
		]);
	});
});
