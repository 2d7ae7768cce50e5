import { gridDisk, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { computeGiStar } from '../../../../server/domain/hotspots/gi-star';
import { buildDiskNeighbours } from '$geo/h3-neighbours';

const CENTRE = latLngToCell(22.96, 113.09, 9);

/** The centre cell and its first ring, centre first. */
function flower(): string[] {
	const ring = gridDisk(CENTRE, 1).filter((c) => c !== CENTRE);
	return [CENTRE, ...ring];
}

describe('computeGiStar', () => {
	it('matches a hand calculation on a centre cell and its ring', () => {
		// x = 7 in the centre, 0 around: X̄ = 1, S = √6. A ring cell sees itself, the centre and
		// two ring neighbours: W = 4, Σx = 7, so z = (7 − 4) / (√6 · √((7·4 − 16)/6)) = √3/2.
		const cells = flower();
		const values = Float64Array.from([7, 0, 0, 0, 0, 0, 0]);
		const { z, reason } = computeGiStar(values, buildDiskNeighbours(cells, 1));
		for (let i = 1; i < 7; i++) expect(z[i]).toBeCloseTo(Math.sqrt(3) / 2, 12);
		// The centre's neighbourhood is all seven cells: W = n leaves nothing to compare with.
		expect(Number.isNaN(z[0])).toBe(true);
		expect(reason[0]).toBe(3);
	});

	it('gives every cell a null z when all values are equal', () => {
		const cells = gridDisk(CENTRE, 3);
		const { z, reason } = computeGiStar(
			new Float64Array(cells.length).fill(0.1),
			buildDiskNeighbours(cells, 1)
		);
		expect([...z].every(Number.isNaN)).toBe(true);
		expect([...reason].every((r) => r === 1)).toBe(true);
	});

	it('gives a cell with no neighbour in the study set a null z', () => {
		const far = latLngToCell(22.99, 113.12, 9);
		const cells = [...gridDisk(CENTRE, 1), far];
		const values = Float64Array.from(cells.map((_, i) => i % 3));
		const { z, reason } = computeGiStar(values, buildDiskNeighbours(cells, 1));
		expect(reason[cells.indexOf(far)]).toBe(2);
		expect(Number.isNaN(z[cells.indexOf(far)])).toBe(true);
	});

	it('finds a hot centre of a 37-cell disk with k = 1, and z sums to zero', () => {
		const cells = gridDisk(CENTRE, 3);
		const values = Float64Array.from(cells.map((c) => (gridDisk(CENTRE, 1).includes(c) ? 9 : 1)));
		const { z } = computeGiStar(values, buildDiskNeighbours(cells, 1));
		expect(z[cells.indexOf(CENTRE)]).toBeGreaterThan(3);
	});
});
