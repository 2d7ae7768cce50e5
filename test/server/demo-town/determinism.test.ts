import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../server/contract/records';
import { generateDemoTown } from '../../../server/demo-town';

let first: Dataset;
let again: Dataset;
/** Timed on the second run: the first also pays for module loading and JIT warm-up. */
let elapsedMs: number;

beforeAll(() => {
	first = generateDemoTown();
	const started = performance.now();
	again = generateDemoTown(1);
	elapsedMs = performance.now() - started;
});

describe('generateDemoTown determinism', () => {
	it('gives byte-identical JSON for the same seed', () => {
		expect(JSON.stringify(again)).toBe(JSON.stringify(first));
	});

	it('gives a different town for a different seed', () => {
		const other = generateDemoTown(2);
		expect(other.meta.seed).toBe(2);
		expect(JSON.stringify(other.roads)).not.toBe(JSON.stringify(first.roads));
		expect(JSON.stringify(other.surveys)).not.toBe(JSON.stringify(first.surveys));
	});

	it('labels the data as the synthetic town at the fixed centre', () => {
		expect(first.meta).toEqual({
			name: '安澜镇（合成示范数据）',
			seed: 1,
			synthetic: true,
			center: [113.09, 22.96]
		});
	});

	it('sorts every record list by id, without repeats', () => {
		for (const list of [
			first.zones,
			first.roads,
			first.pois,
			first.blindSpots,
			first.surveys,
			first.sprayEvents
		]) {
			const ids = list.map((r) => r.id);
			expect(new Set(ids).size).toBe(ids.length);
			expect([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(ids);
		}
	});

	it('rounds point coordinates to 6 decimals', () => {
		const points = [...first.surveys, ...first.blindSpots, ...first.pois, ...first.sprayEvents];
		const rounded = (v: number) => Math.round(v * 1e6) / 1e6 === v;
		expect(points.filter((p) => !rounded(p.lng) || !rounded(p.lat))).toEqual([]);
	});

	it('generates within the time budget and stays small as JSON', () => {
		expect(elapsedMs).toBeLessThan(3000);
		expect(JSON.stringify(first).length).toBeLessThan(15_000_000);
	});
});
