import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../server/contract/records';
import { buildDemoTown, type PlantedChanges } from '../../../server/demo-town';
import { communityLocator, monthOf, pooledIndex, yearOf } from './support';

let d: Dataset;
let planted: PlantedChanges;
let zoneOf: (lng: number, lat: number) => string | null;
beforeAll(() => {
	({ dataset: d, planted } = buildDemoTown(1));
	zoneOf = communityLocator(d);
});

const summerIndex = (zone: string, code: string, year: number) =>
	pooledIndex(
		d.surveys.filter(
			(s) =>
				s.method === code &&
				yearOf(s.surveyedAt) === year &&
				monthOf(s.surveyedAt) >= 6 &&
				monthOf(s.surveyedAt) <= 8 &&
				zoneOf(s.lng, s.lat) === zone
		)
	);

describe('demo-town planted changes', () => {
	it('places the renovated market and the new construction site in different communities', () => {
		expect(planted.renovatedMarketId).toBe('mkt-01');
		expect(planted.constructionId).toMatch(/^con-\d\d$/);
		expect(planted.renovatedCommunityId).not.toBe(planted.constructionCommunityId);
		const market = d.pois.find((p) => p.id === planted.renovatedMarketId)!;
		expect(zoneOf(market.lng, market.lat)).toBe(planted.renovatedCommunityId);
	});

	it('roughly halves pests in the renovated market community, summer 2025 vs 2024', () => {
		for (const code of ['rat.indoor_signs', 'fly.indoor_rooms', 'cockroach.infestation']) {
			const zone = planted.renovatedCommunityId;
			expect(summerIndex(zone, code, 2025)).toBeLessThan(0.75 * summerIndex(zone, code, 2024));
		}
	});

	it('raises the mosquito route index in the construction community after 2024-09', () => {
		const zone = planted.constructionCommunityId;
		expect(summerIndex(zone, 'mosquito.route_index', 2025)).toBeGreaterThan(
			2 * summerIndex(zone, 'mosquito.route_index', 2023)
		);
	});

	it('brings more blind-spot reports to the construction community after it opens', () => {
		const inZone = (from: string, to: string) =>
			d.blindSpots.filter(
				(b) =>
					b.reportedAt >= from &&
					b.reportedAt < to &&
					zoneOf(b.lng, b.lat) === planted.constructionCommunityId
			).length;
		expect(inZone('2024-09', '2025-09')).toBeGreaterThan(2 * inZone('2023-09', '2024-09'));
	});
});
