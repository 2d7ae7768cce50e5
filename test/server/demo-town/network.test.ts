import { booleanPointInPolygon, point } from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../server/contract/records';
import { generateDemoTown } from '../../../server/demo-town';
import { countComponents } from '../../../server/demo-town/union-find';

let d: Dataset;
beforeAll(() => {
	d = generateDemoTown(1);
});

describe('demo-town road network', () => {
	it('has at least 150 segments with bent lines', () => {
		expect(d.roads.length).toBeGreaterThanOrEqual(150);
		for (const r of d.roads) expect(r.geometry.coordinates.length).toBeGreaterThanOrEqual(3);
	});

	it('is one connected graph through exactly shared end coordinates', () => {
		const key = (c: number[]) => `${c[0]},${c[1]}`;
		const edges = d.roads.map((r): [string, string] => {
			const c = r.geometry.coordinates;
			return [key(c[0]), key(c[c.length - 1])];
		});
		expect(countComponents(edges)).toBe(1);
	});

	it('gives every segment of a road the same name and grade', () => {
		const byRoad = new Map<string, Set<string>>();
		for (const r of d.roads) {
			const set = byRoad.get(r.roadId) ?? new Set();
			set.add(`${r.name}|${r.grade}|${r.keyGroup}`);
			byRoad.set(r.roadId, set);
		}
		for (const set of byRoad.values()) expect(set.size).toBe(1);
	});

	it('puts exactly ten whole roads in 十路一区', () => {
		const key = new Set(d.roads.filter((r) => r.keyGroup === '十路一区').map((r) => r.roadId));
		expect(key.size).toBe(10);
		for (const r of d.roads) if (key.has(r.roadId)) expect(r.keyGroup).toBe('十路一区');
	});

	it('has all four grades, with lanes inside the key area', () => {
		expect(new Set(d.roads.map((r) => r.grade))).toEqual(new Set([1, 2, 3, 4]));
		const core = d.zones.find((z) => z.kind === 'key_area')!;
		const lanes = d.roads.filter((r) => r.grade === 4);
		const inCore = lanes.filter((r) => {
			const c = r.geometry.coordinates;
			return booleanPointInPolygon(point(c[Math.floor(c.length / 2)]), core.geometry);
		});
		expect(inCore.length).toBeGreaterThanOrEqual(6);
	});
});
