import { cellToLatLng, gridDisk, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import type { PriorityRow } from '../../../../server/contract/hotspots';
import { mergeNeighbouringPlaces } from '../../../../server/domain/hotspots/merge-places';

/** A res-9 cell in the demo town, one of its neighbours, and a cell ~2 km away. */
const A = latLngToCell(22.96, 113.09, 9);
const NEXT = gridDisk(A, 1).find((c) => c !== A)!;
const FAR = latLngToCell(22.975, 113.1, 9);

function row(h3: string, score: number, zoneId: string, roadName: string | null, reports: number) {
	const [lat, lng] = cellToLatLng(h3);
	return {
		rank: 0,
		h3,
		cells: [h3],
		score,
		centre: [lng, lat],
		zoneId,
		zoneName: zoneId,
		roadName,
		reports,
		reasons: [{ code: 'hotspot', value: 3, points: 30 }]
	} as PriorityRow;
}

describe('mergeNeighbouringPlaces', () => {
	it('makes touching cells of one community and road one place, keeping the best cell', () => {
		const merged = mergeNeighbouringPlaces([
			row(A, 63, '龙湾村', '滨江路', 20),
			row(FAR, 50, '龙湾村', null, 7),
			row(NEXT, 40, '龙湾村', '滨江路', 12)
		]);
		expect(merged.map((r) => [r.h3, r.cells, r.score, r.reports])).toEqual([
			[A, [A, NEXT], 63, 32],
			[FAR, [FAR], 50, 7]
		]);
	});

	it('keeps apart cells of one name that do not touch, and touching cells of other roads', () => {
		const merged = mergeNeighbouringPlaces([
			row(A, 63, '龙湾村', '滨江路', 20),
			row(FAR, 60, '龙湾村', '滨江路', 5),
			row(NEXT, 40, '龙湾村', '沙头路', 12)
		]);
		expect(merged.map((r) => r.h3)).toEqual([A, FAR, NEXT]);
	});
});
