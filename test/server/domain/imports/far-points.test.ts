import { describe, expect, it } from 'vitest';
import {
	FAR_FROM_ZONES_KM,
	findFarPoints,
	padExtentKm
} from '../../../../server/domain/imports/far-points';
import type { Bbox } from '$geo/bbox';

/** A town of 0.1° × 0.1° at 60° N, where a degree of longitude is half as long (cos 60° = ½). */
const TOWN: Bbox = [10, 59.9, 10.1, 60];

describe('padExtentKm', () => {
	it('grows an extent by km: 111.32 km a degree of latitude, half that in longitude at 60°', () => {
		const [w, s, e, n] = padExtentKm(TOWN, 111.32);
		expect(s).toBeCloseTo(58.9, 9);
		expect(n).toBeCloseTo(61, 9);
		// The poleward edge (60°) sets the longitude margin: 111.32 / (111.32 × ½) = 2°.
		expect(w).toBeCloseTo(8, 9);
		expect(e).toBeCloseTo(12.1, 9);
	});
});

describe('findFarPoints', () => {
	it(`finds points more than ${FAR_FROM_ZONES_KM} km outside every zone`, () => {
		const km = FAR_FROM_ZONES_KM;
		const dLat = km / 111.32; // ≈ 0.449°
		const points = [
			{ lng: 10.05, lat: 59.95 }, // inside
			{ lng: 10.05, lat: 60 + dLat * 0.99 }, // 49.5 km north: near enough
			{ lng: 10.05, lat: 60 + dLat * 1.01 }, // 50.5 km north: far
			{ lng: -71.07, lat: 42.29 }, // Boston
			{ lng: 42.29, lat: -71.07 } // Boston with the columns swapped
		];
		expect(findFarPoints(points, [TOWN])).toEqual([2, 3, 4]);
		expect(findFarPoints(points, [TOWN, [-71.2, 42.2, -71, 42.4]])).toEqual([2, 4]);
	});

	it('questions nothing when no zones are stored', () => {
		expect(findFarPoints([{ lng: -71.07, lat: 42.29 }], [])).toEqual([]);
	});
});
