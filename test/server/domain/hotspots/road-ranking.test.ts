import { describe, expect, it } from 'vitest';
import { rankRoadSegments } from '../../../../server/domain/hotspots/road-ranking';

const seg = (id: string, lengthM: number, reports: number) => ({
	id,
	name: id,
	roadId: id,
	from: null,
	to: null,
	grade: 2,
	keyGroup: null,
	lengthM,
	reports,
	openCases: 0,
	maxRecurrence: reports ? 1 : 0
});

describe('rankRoadSegments', () => {
	it('ranks by reports per 100 m, then reports, then id', () => {
		const ranked = rankRoadSegments([
			seg('a', 400, 2),
			seg('b', 100, 1),
			seg('c', 200, 2),
			seg('d', 200, 2),
			seg('e', 0, 0)
		]);
		expect(ranked.map((r) => [r.rank, r.id, r.per100m])).toEqual([
			[1, 'c', 1],
			[2, 'd', 1],
			[3, 'b', 1],
			[4, 'a', 0.5],
			[5, 'e', 0]
		]);
	});
});
