import { latLngToCell } from 'h3-js';
import { formatCellPolygon } from '$geo/h3-cells';
import { describe, expect, it } from 'vitest';
import { hexToRgba, LEVEL_COLORS } from '../../../../web/src/map/colors';
import {
	countLevels,
	DENSITY_FILL_ALPHA,
	DENSITY_NO_DATA_ALPHA,
	densityShapeBbox,
	formatDensityShapes,
	levelFill,
	SAMPLE_SHORT_COLOR
} from '../../../../web/src/map/layers/density';
import { createDensityUnit, createZone } from '../../fixtures';

const square = (x: number): [number, number][] => [
	[x, 0],
	[x + 1, 0],
	[x + 1, 1],
	[x, 1],
	[x, 0]
];

describe('levelFill', () => {
	it.each([
		['A', LEVEL_COLORS.A.fill, DENSITY_FILL_ALPHA],
		['B', LEVEL_COLORS.B.fill, DENSITY_FILL_ALPHA],
		['C', LEVEL_COLORS.C.fill, DENSITY_FILL_ALPHA],
		['FAIL', LEVEL_COLORS.FAIL.fill, DENSITY_FILL_ALPHA],
		['none', LEVEL_COLORS.none.fill, DENSITY_NO_DATA_ALPHA]
	] as const)('colours %s with its palette entry', (level, hex, alpha) => {
		expect(levelFill(level)).toEqual(hexToRgba(hex, alpha));
	});

	it('gives every level its own colour, darkening from B to A and lightening to no data', () => {
		const fills = Object.values(LEVEL_COLORS).map((c) => c.fill);
		expect(new Set(fills).size).toBe(5);
		const lightness = (hex: string) =>
			hexToRgba(hex)
				.slice(0, 3)
				.reduce((a, b) => a + b, 0);
		expect(lightness(LEVEL_COLORS.A.fill)).toBeLessThan(lightness(LEVEL_COLORS.B.fill));
		expect(lightness(LEVEL_COLORS.FAIL.fill)).toBeLessThan(lightness(LEVEL_COLORS.C.fill));
	});
});

describe('formatDensityShapes', () => {
	const zones = [
		createZone('c1', 'community', square(0)),
		createZone('v1', 'village', square(1)),
		createZone('g1', 'grid', square(2)),
		createZone('k', 'key_area', square(3))
	];

	it('colours communities and villages by their unit, and a zone without one as no data', () => {
		const shapes = formatDensityShapes([createDensityUnit('c1', 'FAIL')], 'zone', zones);
		expect(shapes.map((s) => [s.id, s.level])).toEqual([
			['c1', 'FAIL'],
			['v1', 'none']
		]);
		expect(shapes[0].fill).toEqual(levelFill('FAIL'));
		expect(shapes[0].rings).toEqual([square(0)]);
	});

	it('colours only grids when grouping by grid', () => {
		const shapes = formatDensityShapes([createDensityUnit('g1', 'B')], 'grid', zones);
		expect(shapes.map((s) => [s.id, s.level])).toEqual([['g1', 'B']]);
	});

	it('draws H3 units as closed hexagons around their cell', () => {
		const cell = latLngToCell(22.96, 113.09, 8);
		const cellRing = (h3: string) => formatCellPolygon(h3).coordinates[0];
		expect(formatDensityShapes([createDensityUnit(cell, 'C')], 'h3', [], null)).toEqual([]);
		const [shape] = formatDensityShapes([createDensityUnit(cell, 'C')], 'h3', [], cellRing);
		const ring = shape.rings[0];
		expect(ring).toHaveLength(7);
		expect(ring[0]).toEqual(ring[6]);
		const bbox = densityShapeBbox([shape], cell)!;
		expect(bbox[0]).toBeLessThan(113.09);
		expect(bbox[2]).toBeGreaterThan(113.09);
		expect(bbox[1]).toBeLessThan(22.96);
		expect(bbox[3]).toBeGreaterThan(22.96);
	});

	it('gives no box for a unit without shapes', () => {
		expect(densityShapeBbox([], 'c1')).toBeNull();
	});
});

describe('countLevels', () => {
	it('counts units per level, null as no data, zero for absent levels', () => {
		const units = ['A', 'C', 'C', 'FAIL', null].map((l, i) =>
			createDensityUnit(`u${i}`, l as 'A' | 'C' | 'FAIL' | null)
		);
		expect(countLevels(units)).toEqual({ A: 1, B: 0, C: 2, FAIL: 1, none: 1, short: 0 });
		expect(countLevels([])).toEqual({ A: 0, B: 0, C: 0, FAIL: 0, none: 0, short: 0 });
	});

	it('counts a unit whose sample is too small apart from no data, and paints it darker grey (issue 17)', () => {
		const short = { ...createDensityUnit('u1', null), levelNote: 'sample_too_small' as const };
		expect(countLevels([short, createDensityUnit('u2', null)])).toMatchObject({
			none: 1,
			short: 1
		});
		const [shape] = formatDensityShapes([short], 'zone', [
			createZone('u1', 'community', square(0))
		]);
		expect(shape.fill).toEqual(hexToRgba(SAMPLE_SHORT_COLOR, DENSITY_FILL_ALPHA));
		expect(shape.fill).not.toEqual(levelFill('none'));
	});
});
