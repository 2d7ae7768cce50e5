import { describe, expect, it } from 'vitest';
import { analyseSiteHotspots } from '../../../../server/domain/hotspots/analyse-sites';
import {
	buildBandNeighbours,
	buildNearestNeighbours,
	countWithoutNeighbours,
	defaultBandM,
	nearestSiteDistancesM,
	TooManyPairsError,
	type SurveySite
} from '../../../../server/domain/hotspots/site-neighbours';
import type { NeighbourLists } from '$geo/h3-neighbours';

/**
 * Sites on the equator, where 0.001° of longitude is R·π/180·0.001 = 111.195 m (R = 6,371,008.8 m):
 * A at 0, B at 0.001 (111.2 m from A), C at 0.003 (222.4 m from B), D at 0.010 (778.4 m from C).
 */
const M = (6_371_008.8 * Math.PI) / 180 / 1000; // metres per 0.001°
const at = (id: string, lng: number, lat = 0): SurveySite => ({ id, lng, lat });
const line = [at('A', 0), at('B', 0.001), at('C', 0.003), at('D', 0.01)];
const lists = ({ offsets, indices }: NeighbourLists) =>
	Array.from({ length: offsets.length - 1 }, (_, i) =>
		Array.from(indices.subarray(offsets[i], offsets[i + 1]))
	);

describe('site neighbourhoods', () => {
	it('nearest-site distances: A→B, B→A, C→B, D→C', () => {
		const d = nearestSiteDistancesM(line);
		expect(Array.from(d, (x) => x / M)).toEqual([1, 1, 2, 7].map((x) => expect.closeTo(x, 9)));
	});

	it('the default band is the largest of them (D→C, 7 × 111.195 = 778.4 m), so D gets C', () => {
		expect(defaultBandM(line)).toBeCloseTo(7 * M, 6);
		const nb = buildBandNeighbours(line, defaultBandM(line)!);
		expect(lists(nb)).toEqual([
			[0, 1, 2],
			[0, 1, 2],
			[0, 1, 2, 3],
			[2, 3]
		]);
		expect(countWithoutNeighbours(nb)).toBe(0);
	});

	it('a band of 150 m leaves C and D alone (2 without a neighbour); the band edge counts', () => {
		expect(countWithoutNeighbours(buildBandNeighbours(line, 150))).toBe(2);
		// Exactly A–B apart: dnearneigh keeps d ≤ band.
		expect(lists(buildBandNeighbours(line, M))[0]).toEqual([0, 1]);
	});

	it('north–south too: the latitude sweep finds a site due north', () => {
		const column = [at('S', 0, 0), at('N', 0, 0.002), at('E', 0.05, 0.001)];
		expect(lists(buildBandNeighbours(column, 3 * M))).toEqual([[0, 1], [0, 1], [2]]);
	});

	it('refuses a band listing more pairs than allowed', () => {
		expect(() => buildBandNeighbours(line, 10_000, 5)).toThrow(TooManyPairsError);
	});

	it('k nearest: 2 nearest of each site, not symmetric (D takes B and C; nobody takes D)', () => {
		expect(lists(buildNearestNeighbours(line, 2))).toEqual([
			[0, 1, 2],
			[0, 1, 2],
			[0, 1, 2],
			[1, 2, 3]
		]);
		// More than the other sites: all of them.
		expect(lists(buildNearestNeighbours(line.slice(0, 2), 5))).toEqual([
			[0, 1],
			[0, 1]
		]);
	});

	it('one site: no band, no neighbour, no z', () => {
		const r = analyseSiteHotspots([at('A', 0)], Float64Array.of(4), {
			neighbourhood: { kind: 'distance', bandM: null },
			fdr: false
		});
		expect(r).toMatchObject({ bandM: null, defaultBandM: null, noNeighbours: 1 });
	});

	it('Gi* of D with the default band by hand', () => {
		// x = 1, 2, 3, 10; n = 4, X̄ = 4, S = √((9+4+1+36)/4) = √12.5.
		// D: neighbours {C, D}, W = 2, Σwx = 13: z = (13 − 8)/(√12.5 · √((8 − 4)/3)) = 5/√(50/3) = 1.2247.
		const r = analyseSiteHotspots(line, Float64Array.of(1, 2, 3, 10), {
			neighbourhood: { kind: 'distance', bandM: null },
			fdr: false
		});
		expect(r.sites[3].z).toBeCloseTo(5 / Math.sqrt(50 / 3), 12);
		expect(r.sites[3]).toMatchObject({ id: 'D', lng: 0.01, lat: 0, value: 10, bin: 0 });
		expect(r.bandM).toBeCloseTo(7 * M, 6);
	});
});
