import { area, intersect, featureCollection, feature } from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, ZoneRecord } from '../../../server/contract/records';
import { generateDemoTown } from '../../../server/demo-town';

let d: Dataset;
let communities: ZoneRecord[];
beforeAll(() => {
	d = generateDemoTown(1);
	communities = d.zones.filter((z) => z.kind === 'community' || z.kind === 'village');
});

const areaOf = (z: ZoneRecord) => area(feature(z.geometry));
const overlap = (a: ZoneRecord, b: ZoneRecord) => {
	const piece = intersect(featureCollection([feature(a.geometry), feature(b.geometry)]));
	return piece ? area(piece) : 0;
};

describe('demo-town zones', () => {
	it('has one street zone for the town, and one key area under it', () => {
		const town = d.zones.filter((z) => z.kind === 'street');
		expect(town.map((z) => z.id)).toEqual(['town']);
		const key = d.zones.filter((z) => z.kind === 'key_area');
		expect(key).toHaveLength(1);
		expect(key[0]).toMatchObject({ id: 'key-core', name: '商业核心区', parentId: 'town' });
	});

	it('has at least 12 communities and villages, both kinds, under the town', () => {
		expect(communities.length).toBeGreaterThanOrEqual(12);
		expect(new Set(communities.map((c) => c.kind))).toEqual(new Set(['community', 'village']));
		for (const c of communities) {
			expect(c.parentId).toBe('town');
			expect(c.id).toMatch(/^c\d\d$/);
			expect(c.responsible).toMatch(/(居委会|村委会)$/);
		}
	});

	it('tiles the town with communities: areas add up within 1 %, overlaps are slivers', () => {
		const town = areaOf(d.zones.find((z) => z.id === 'town')!);
		const sum = communities.reduce((s, c) => s + areaOf(c), 0);
		expect(Math.abs(sum - town) / town).toBeLessThan(0.01);
		for (let i = 0; i < communities.length; i++)
			for (let j = i + 1; j < communities.length; j++)
				expect(overlap(communities[i], communities[j])).toBeLessThan(100);
	});

	it('splits every community into 4–9 grid cells that tile it', () => {
		for (const c of communities) {
			const grids = d.zones.filter((z) => z.kind === 'grid' && z.parentId === c.id);
			expect(grids.length).toBeGreaterThanOrEqual(4);
			expect(grids.length).toBeLessThanOrEqual(9);
			for (const g of grids) expect(g.id).toMatch(new RegExp(`^${c.id}-g\\d\\d$`));
			const sum = grids.reduce((s, g) => s + areaOf(g), 0);
			expect(Math.abs(sum - areaOf(c)) / areaOf(c)).toBeLessThan(0.01);
		}
	});

	it('makes a town about 6 km across', () => {
		const km2 = areaOf(d.zones.find((z) => z.id === 'town')!) / 1e6;
		expect(km2).toBeGreaterThan(30);
		expect(km2).toBeLessThan(45);
	});
});
