import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../server/contract/records';
import { generateDemoTown } from '../../../server/demo-town';
import { communityLocator, pooledIndex, yearOf } from './support';

/** domain.md §2 limits (A, B, C) for indicators graded in percent of rooms. */
const LIMITS: Record<string, [number, number, number]> = {
	'rat.indoor_signs': [1, 3, 5],
	'cockroach.infestation': [1, 3, 5]
};
const level = (pct: number, [a, b, c]: [number, number, number]) =>
	pct <= a ? 'A' : pct <= b ? 'B' : pct <= c ? 'C' : 'FAIL';

let d: Dataset;
let zoneOf: (lng: number, lat: number) => string | null;
beforeAll(() => {
	d = generateDemoTown(1);
	zoneOf = communityLocator(d);
});

function levelsBy(code: string, year: number): Map<string, string> {
	const byZone = new Map<string, typeof d.surveys>();
	for (const s of d.surveys.filter((s) => s.method === code && yearOf(s.surveyedAt) === year)) {
		const zone = zoneOf(s.lng, s.lat)!;
		byZone.set(zone, [...(byZone.get(zone) ?? []), s]);
	}
	return new Map([...byZone].map(([z, rs]) => [z, level(pooledIndex(rs) * 100, LIMITS[code])]));
}

describe('demo-town control levels', () => {
	it.each(Object.keys(LIMITS))('spreads %s over several levels across zones', (code) => {
		const levels = new Set(levelsBy(code, 2024).values());
		expect(levels.size).toBeGreaterThanOrEqual(3);
	});

	it('rates villages better than communities on indoor rat signs', () => {
		const kinds = new Map(d.zones.map((z) => [z.id, z.kind]));
		const pct = (kind: string) =>
			pooledIndex(
				d.surveys.filter(
					(s) => s.method === 'rat.indoor_signs' && kinds.get(zoneOf(s.lng, s.lat)!) === kind
				)
			);
		expect(pct('village')).toBeLessThan(pct('community'));
	});
});
