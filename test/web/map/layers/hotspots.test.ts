import type { Feature, Polygon } from 'geojson';
import { cellToLatLng, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import type {
	HotspotCellList,
	HotspotCollection,
	HotspotProperties,
	RoadRankingCollection,
	SiteHotspotCollection
} from '../../../../web/src/api/hotspot-query';
import { formatCellPolygon } from '$geo/h3-cells';
import { hotspotFill } from '../../../../web/src/map/hotspot-colors';
import {
	cellBbox,
	countBins,
	formatHeatPoints,
	HEAT_WEIGHT_CAP,
	formatHotspotCells,
	formatHotspotSites
} from '../../../../web/src/map/layers/hotspots';
import {
	countRateClasses,
	formatRoadRates,
	roadSegmentBbox
} from '../../../../web/src/map/layers/road-rates';

const CELL = latLngToCell(22.96, 113.09, 9);

function cell(h3: string, bin: number): Feature<Polygon, HotspotProperties> {
	return {
		type: 'Feature',
		geometry: formatCellPolygon(h3),
		properties: { h3, value: bin + 3, z: bin, p: 0.5, bin }
	};
}

function collection(bins: number[]): HotspotCollection {
	const cells = bins.map((b, i) => cell(latLngToCell(22.96 + i * 0.01, 113.09, 9), b));
	return {
		type: 'FeatureCollection',
		features: cells,
		meta: {
			cells: cells.length,
			neighbourhood: 'h3',
			noNeighbours: 0,
			bandM: null,
			defaultBandM: null,
			nearest: null,
			k: 1,
			res: 9,
			fdr: false,
			warning: null,
			subject: 'blindspots',
			zone: null,
			from: null,
			to: null
		}
	};
}

/** The web's form of `collection` (`format=cells`): ids and values, no geometry. */
function cellList(bins: number[]): HotspotCellList {
	const c = collection(bins);
	return { meta: c.meta, cells: c.features.map((f) => f.properties) };
}
const ring = (h3: string) => formatCellPolygon(h3).coordinates[0];

describe('formatHotspotCells', () => {
	it('is empty without data, and until h3-js has loaded', () => {
		expect(formatHotspotCells(null, ring)).toEqual([]);
		expect(formatHotspotCells(cellList([3, 0]), null)).toEqual([]);
	});

	it('colours each cell by its bin and draws significant cells last', () => {
		const cells = formatHotspotCells(cellList([3, 0, -2, 1]), ring);
		expect(cells.map((c) => c.bin)).toEqual([0, 1, -2, 3]);
		expect(cells[3].fill).toEqual(hotspotFill(3));
		expect(cells[0].ring).toHaveLength(7);
	});

	it('draws from the ids the very hexagons the GeoJSON form carries (issue 18)', () => {
		const geojson = collection([3, 0, -2, 1]);
		const drawn = formatHotspotCells(cellList([3, 0, -2, 1]), ring);
		for (const f of geojson.features) {
			const cell = drawn.find((c) => c.h3 === f.properties.h3);
			expect(cell?.ring).toEqual(f.geometry.coordinates[0]);
		}
	});
});

describe('formatHotspotSites (issue 17: Gi* on survey sites)', () => {
	const sites: SiteHotspotCollection = {
		type: 'FeatureCollection',
		features: [
			{ site: 'T1', bin: 3, reason: undefined, at: [-87.7, 41.9] },
			{ site: 'T2', bin: 0, reason: 'no_neighbours' as const, at: [-87.6, 41.8] },
			{ site: 'T3', bin: -1, reason: undefined, at: [-87.65, 41.85] }
		].map((s) => ({
			type: 'Feature' as const,
			geometry: { type: 'Point' as const, coordinates: s.at },
			properties: {
				site: s.site,
				value: 1,
				surveys: 4,
				z: s.reason ? null : s.bin,
				p: s.reason ? null : 0.01,
				bin: s.bin,
				...(s.reason ? { reason: s.reason } : {})
			}
		})),
		meta: {
			...collection([]).meta,
			neighbourhood: 'distance',
			bandM: 5440.2,
			defaultBandM: 5440.2,
			noNeighbours: 1
		}
	};

	it('draws sites as dots by bin, the neighbourless one white, significant ones last', () => {
		const dots = formatHotspotSites(sites);
		expect(dots.map((d) => [d.site, d.bin, d.alone])).toEqual([
			['T2', 0, true],
			['T3', -1, false],
			['T1', 3, false]
		]);
		expect(dots[2]).toMatchObject({ position: [-87.7, 41.9], fill: hotspotFill(3) });
	});

	it('a site result has no hexagons, a cell result no dots', () => {
		expect(formatHotspotCells(sites, ring)).toEqual([]);
		expect(formatHotspotSites(cellList([1, 0]))).toEqual([]);
		expect(formatHotspotSites(null)).toEqual([]);
	});
});

describe('countBins', () => {
	it('counts every bin, zero included', () => {
		expect(countBins([3, 3, 0, -1, 2, 0, 0])).toEqual({
			3: 2,
			2: 1,
			1: 0,
			0: 3,
			[-1]: 1,
			[-2]: 0,
			[-3]: 0
		});
	});
});

describe('formatHeatPoints', () => {
	const point = (lng: number, lat: number) => ({
		geometry: { type: 'Point', coordinates: [lng, lat] }
	});

	it('keeps point geometries only', () => {
		const points = formatHeatPoints([
			point(113.10001, 22.90001),
			{ geometry: null },
			{ geometry: { type: 'LineString', coordinates: [] } }
		]);
		expect(points).toEqual([{ position: [113.10001, 22.90001], weight: 1 }]);
	});

	it('caps a doorway reported 40 times so it cannot wash out every other street', () => {
		const doorway = Array.from({ length: 40 }, (_, i) => point(113.10011 + i * 1e-6, 22.90011));
		const points = formatHeatPoints([...doorway, point(113.11, 22.91), point(113.12, 22.92)]);
		expect(points).toHaveLength(3);
		expect(points[0].weight).toBe(HEAT_WEIGHT_CAP);
		expect(points[0].position[0]).toBeCloseTo(113.10011 + 19.5e-6, 9);
		expect(points.slice(1).map((p) => p.weight)).toEqual([1, 1]);
		// The hottest spot is at most 4× a single report, not 40×.
		expect(HEAT_WEIGHT_CAP).toBe(4);
	});
});

describe('cellBbox', () => {
	it('surrounds the cell centre with about two cells of context at res 9', () => {
		const [w, s, e, n] = cellBbox(CELL, ring);
		const [lat, lng] = cellToLatLng(CELL);
		expect(lng).toBeGreaterThan(w);
		expect(lng).toBeLessThan(e);
		expect(lat).toBeGreaterThan(s);
		expect(lat).toBeLessThan(n);
		expect(e - w).toBeGreaterThan(0.01);
		expect(e - w).toBeLessThan(0.03);
	});
});

describe('road rates', () => {
	const roads: RoadRankingCollection = {
		type: 'FeatureCollection',
		features: [2.9, 0, 0.7].map((per100m, i) => ({
			type: 'Feature',
			geometry: {
				type: 'LineString',
				coordinates: [
					[113 + i * 0.01, 22.9],
					[113.005 + i * 0.01, 22.91]
				]
			},
			properties: {
				rank: i + 1,
				id: `s${i}`,
				name: '滨江路',
				roadId: 'r1',
				from: null,
				to: null,
				grade: 2,
				keyGroup: null,
				lengthM: 100,
				reports: 3,
				per100m,
				openCases: 0,
				maxRecurrence: 1
			}
		}))
	};

	it('draws the worst segments last, coloured by class', () => {
		const paths = formatRoadRates(roads);
		expect(paths.map((p) => p.id)).toEqual(['s1', 's2', 's0']);
		expect(paths[2].color).toEqual([189, 0, 38, 255]);
		expect(paths[0].color).toEqual([189, 189, 189, 255]);
	});

	it('counts segments per class for the legend', () => {
		expect(countRateClasses(roads.features.map((f) => f.properties))).toEqual([1, 0, 1, 0, 1]);
	});

	it('gives the box round a segment, null for an unknown one', () => {
		const paths = formatRoadRates(roads);
		const [w, s, e, n] = roadSegmentBbox(paths, 's0')!;
		expect([w, s, e, n].map((v) => Number(v.toFixed(4)))).toEqual([
			112.9975, 22.895, 113.0075, 22.915
		]);
		expect(roadSegmentBbox(paths, 'nope')).toBeNull();
	});
});
