import { cellToLatLng, gridDisk, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { formatCellPolygon } from '$geo/h3-cells';
import { buildDiskNeighbours } from '$geo/h3-neighbours';
import { coverWithCells } from '$geo/h3-study-area';

const square = (w: number, s: number, e: number, n: number) => ({
	type: 'Polygon' as const,
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

describe('coverWithCells', () => {
	it('keeps exactly the cells whose centre lies inside, each once, across touching zones', () => {
		const west = square(113.08, 22.95, 113.09, 22.96);
		const east = square(113.09, 22.95, 113.1, 22.96);
		const cells = coverWithCells([west, east], 9);
		expect(new Set(cells).size).toBe(cells.length);
		for (const c of cells) {
			const [lat, lng] = cellToLatLng(c);
			expect(lng >= 113.08 && lng <= 113.1 && lat >= 22.95 && lat <= 22.96).toBe(true);
		}
		expect(cells).toEqual([...cells].sort());
		// ~2.05 km × 1.11 km ≈ 2.3 km² of ~0.105 km² cells.
		expect(cells.length).toBeGreaterThan(18);
		expect(cells.length).toBeLessThan(26);
	});

	it('covers each polygon of a MultiPolygon', () => {
		const multi = {
			type: 'MultiPolygon' as const,
			coordinates: [
				square(113.08, 22.95, 113.09, 22.96).coordinates,
				square(113.2, 22.95, 113.21, 22.96).coordinates
			]
		};
		const cells = coverWithCells([multi], 9);
		expect(cells.some((c) => cellToLatLng(c)[1] > 113.2)).toBe(true);
		expect(cells.some((c) => cellToLatLng(c)[1] < 113.09)).toBe(true);
	});
});

describe('buildDiskNeighbours', () => {
	it('lists each cell itself and its study-set neighbours within k rings, by index', () => {
		const centre = latLngToCell(22.96, 113.09, 9);
		const cells = gridDisk(centre, 2).sort();
		const { offsets, indices } = buildDiskNeighbours(cells, 1);
		const i = cells.indexOf(centre);
		expect(offsets[i + 1] - offsets[i]).toBe(7);
		const edge = cells.findIndex((c) => !gridDisk(centre, 1).includes(c));
		const edgeList = [...indices.subarray(offsets[edge], offsets[edge + 1])];
		expect(edgeList).toContain(edge);
		expect(edgeList.length).toBeLessThan(7);
		expect(edgeList).toEqual([...edgeList].sort((a, b) => a - b));
	});
});

describe('formatCellPolygon', () => {
	it('closes the ring and rounds to 6 decimals', () => {
		const ring = formatCellPolygon(latLngToCell(22.96, 113.09, 9)).coordinates[0];
		expect(ring).toHaveLength(7);
		expect(ring[0]).toEqual(ring[6]);
		for (const [lng, lat] of ring) {
			expect(Math.round(lng * 1e6) / 1e6).toBe(lng);
			expect(Math.round(lat * 1e6) / 1e6).toBe(lat);
		}
	});
});
