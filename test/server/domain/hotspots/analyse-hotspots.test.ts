import { gridDisk, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { analyseHotspots } from '../../../../server/domain/hotspots/analyse-hotspots';

const CENTRE = latLngToCell(22.96, 113.09, 9);
const DISK = gridDisk(CENTRE, 4).sort();
const HOT = new Set(gridDisk(CENTRE, 1));

describe('analyseHotspots', () => {
	it('finds the hot centre of a 61-cell study set whose other cells are empty (zeros)', () => {
		const values = Float64Array.from(DISK.map((c) => (HOT.has(c) ? 5 : 0)));
		const { cells, warning } = analyseHotspots(DISK, values, { k: 1, fdr: false });
		expect(warning).toBeNull();
		const centre = cells.find((c) => c.h3 === CENTRE)!;
		expect(centre).toMatchObject({ value: 5, bin: 3 });
		expect(centre.p).toBeLessThan(0.01);
		// The empty cells are part of the test: far from the centre they read as cold or nothing.
		expect(cells.filter((c) => c.bin > 0).every((c) => gridDisk(CENTRE, 2).includes(c.h3))).toBe(
			true
		);
	});

	it('with FDR on, bins only what survives the Benjamini–Hochberg adjustment', () => {
		const values = Float64Array.from(DISK.map((c, i) => (c === CENTRE ? 4 : i % 5 === 0 ? 1 : 0)));
		const raw = analyseHotspots(DISK, values, { k: 1, fdr: false });
		const fdr = analyseHotspots(DISK, values, { k: 1, fdr: true });
		const significant = (a: typeof raw) => a.cells.filter((c) => c.bin !== 0).length;
		expect(significant(fdr)).toBeLessThanOrEqual(significant(raw));
		expect(fdr.cells.map((c) => c.z)).toEqual(raw.cells.map((c) => c.z));
	});

	it('warns below 30 cells', () => {
		const cells = gridDisk(CENTRE, 2).sort();
		const values = Float64Array.from(cells.map((_, i) => i % 4));
		expect(analyseHotspots(cells, values, { k: 1, fdr: false }).warning).toBe('few_cells');
	});

	it('says zero variance and returns null statistics, never NaN, when every cell is equal', () => {
		const result = analyseHotspots(DISK, new Float64Array(DISK.length), { k: 1, fdr: true });
		expect(result.warning).toBe('zero_variance');
		expect(result.cells[0]).toEqual({
			h3: DISK[0],
			value: 0,
			z: null,
			p: null,
			bin: 0,
			reason: 'zero_variance'
		});
		expect(JSON.stringify(result)).not.toContain('NaN');
	});
});
