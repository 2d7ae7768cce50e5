import { booleanPointInPolygon, point } from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, PoiKind } from '../../../server/contract/records';
import { generateDemoTown } from '../../../server/demo-town';

let d: Dataset;
beforeAll(() => {
	d = generateDemoTown(1);
});

const count = (kind: PoiKind) => d.pois.filter((p) => p.kind === kind).length;

describe('demo-town points of interest', () => {
	it.each([
		['market', 3, 5],
		['restaurant', 50, 70],
		['garbage_station', 20, 30],
		['toilet', 15, 25],
		['school', 6, 10],
		['hospital', 2, 3],
		['water_body', 9, 13],
		['construction', 3, 6]
	] as const)('has %s in [%i, %i]', (kind, lo, hi) => {
		expect(count(kind)).toBeGreaterThanOrEqual(lo);
		expect(count(kind)).toBeLessThanOrEqual(hi);
	});

	it('gives every water body an outline, the river 安澜河 among them', () => {
		const water = d.pois.filter((p) => p.kind === 'water_body');
		for (const w of water) expect(w.geometry?.type).toBe('Polygon');
		expect(water.map((w) => w.name)).toContain('安澜河');
	});

	it('keeps land places out of the water', () => {
		const water = d.pois.filter((p) => p.kind === 'water_body');
		const land = d.pois.filter((p) => p.kind !== 'water_body');
		const wet = land.filter((p) =>
			water.some((w) => booleanPointInPolygon(point([p.lng, p.lat]), w.geometry!))
		);
		expect(wet).toEqual([]);
	});

	it('puts every place inside the town', () => {
		const town = d.zones.find((z) => z.id === 'town')!;
		expect(
			d.pois.filter((p) => !booleanPointInPolygon(point([p.lng, p.lat]), town.geometry))
		).toEqual([]);
	});
});
