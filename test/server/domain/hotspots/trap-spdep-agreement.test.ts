import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { analyseSiteHotspots } from '../../../../server/domain/hotspots/analyse-sites';
import { computeGiStar } from '../../../../server/domain/hotspots/gi-star';
import {
	buildBandNeighbours,
	countWithoutNeighbours,
	defaultBandM,
	type SurveySite
} from '../../../../server/domain/hotspots/site-neighbours';
import { chicagoTrapSurveys } from '../../../helpers/real-data/chicago';
import { readCsvObjects } from '../../../helpers/real-data/csv';
import { buildDiskNeighbours } from '$geo/h3-neighbours';

/**
 * Gi* on the Chicago WNV trap sites (../shared/data/real, SOURCES.md §1) against spdep.
 * Made by scripts/make-trap-gistar-fixture.R from the same train.csv: sites are traps at the
 * mean position of their surveys, values mosquitoes per trap-night over 2007–2013.
 */
const spdep = JSON.parse(
	readFileSync(
		resolve(import.meta.dirname, '../../../../data/fixtures/trap-gistar-spdep.json'),
		'utf8'
	)
) as {
	sites: string[];
	bandM: number;
	nearest: number;
	cardinality: { distance: number[] };
	z: Record<'distance' | 'knn', number[]>;
};

/** The imported surveys (one per trap and date) as sites, the way the hot-spot service groups them. */
function chicagoSites() {
	const rows = readCsvObjects(new TextEncoder().encode(chicagoTrapSurveys().csv));
	const bySite = new Map<
		string,
		{ lng: number; lat: number; count: number; effort: number; n: number }
	>();
	for (const r of rows) {
		const s = bySite.get(r.site_id) ?? { lng: 0, lat: 0, count: 0, effort: 0, n: 0 };
		s.lng += Number(r.lng);
		s.lat += Number(r.lat);
		s.count += Number(r.count);
		s.effort += Number(r.effort);
		s.n++;
		bySite.set(r.site_id, s);
	}
	const ids = [...bySite.keys()].sort();
	const sites: SurveySite[] = ids.map((id) => {
		const s = bySite.get(id)!;
		return { id, lng: s.lng / s.n, lat: s.lat / s.n };
	});
	const values = Float64Array.from(ids, (id) => bySite.get(id)!.count / bySite.get(id)!.effort);
	return { sites, values, surveys: rows };
}

const { sites, values, surveys } = chicagoSites();
const maxDelta = (z: Float64Array, expected: number[]) =>
	Math.max(...expected.map((e, i) => Math.abs(z[i] - e)));

describe('Chicago traps: Gi* on the sites agrees with R spdep::localG', () => {
	it('reads the same 136 sites in the same order', () => {
		expect(sites.map((s) => s.id)).toEqual(spdep.sites);
		expect(sites).toHaveLength(136);
	});

	it('the default band is the largest nearest-site distance, ~3,830.5 m, as spdep finds it', () => {
		// Haversine on the 6,371,008.8 m sphere against s2's 6,371,010 m: 1.9e-7 apart.
		const band = defaultBandM(sites)!;
		expect(Math.abs(band / spdep.bandM - 1)).toBeLessThan(1e-6);
		expect(Math.round(band)).toBe(3831);
	});

	it('with the default band every surveyed site has a neighbour, the same ones as dnearneigh', () => {
		const result = analyseSiteHotspots(sites, values, {
			neighbourhood: { kind: 'distance', bandM: null },
			fdr: false
		});
		expect(result.noNeighbours).toBe(0);
		const { offsets } = buildBandNeighbours(sites, result.bandM!);
		// spdep's card() counts neighbours without the site itself.
		const cards = sites.map((_, i) => offsets[i + 1] - offsets[i] - 1);
		expect(cards).toEqual(spdep.cardinality.distance);
		expect(Math.min(...cards)).toBe(1);
		const z = Float64Array.from(result.sites, (s) => s.z ?? Number.NaN);
		expect(maxDelta(z, spdep.z.distance)).toBeLessThan(1e-6);
	});

	it(`k nearest sites (k = ${spdep.nearest}): every z within 1e-6 of spdep`, () => {
		const result = analyseSiteHotspots(sites, values, {
			neighbourhood: { kind: 'knn', nearest: spdep.nearest },
			fdr: false
		});
		expect(result.noNeighbours).toBe(0);
		const z = Float64Array.from(result.sites, (s) => s.z ?? Number.NaN);
		expect(maxDelta(z, spdep.z.knn)).toBeLessThan(1e-6);
	});

	it('a 500 m band leaves most sites without a neighbour, and says how many', () => {
		const { offsets, indices } = buildBandNeighbours(sites, 500);
		const none = countWithoutNeighbours({ offsets, indices });
		expect(none).toBeGreaterThan(sites.length / 2);
		const { reason } = computeGiStar(values, { offsets, indices });
		expect(reason.filter((r) => r === 2)).toHaveLength(none);
	});
});

describe('Chicago traps on the H3 grid at the default res 9 and one ring (the issue’s claim)', () => {
	it('more than half of the surveyed cells have no neighbour but themselves', () => {
		const cells = [
			...new Set(surveys.map((r) => latLngToCell(Number(r.lat), Number(r.lng), 9)))
		].sort();
		const none = countWithoutNeighbours(buildDiskNeighbours(cells, 1));
		// 138 trap locations (two traps moved) share 135 res-9 cells.
		expect(cells).toHaveLength(135);
		expect(none).toBe(124); // 92 %: Gi* can say nothing about them
		expect(none).toBeGreaterThan(cells.length / 2);
	});
});
