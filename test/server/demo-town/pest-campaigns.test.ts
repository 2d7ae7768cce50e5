/**
 * The demo town's campaign plans (issue 17 part 7), on a fixed set of places: spring is
 * finished but for one restaurant, summer is about 60 % done by two teams, and every visit
 * falls inside its phase so it counts.
 */
import { describe, expect, it } from 'vitest';
import {
	DEMO_CAMPAIGN_PLANS,
	planCampaignTargets,
	type PlaceRow
} from '../../../server/demo-town/pest-campaigns/plan';
import { createRng } from '../../../server/domain/random/seeded-random';

// The demo town's mix: 11 ponds, 20 toilets, 25 garbage stations, 4 markets, 60 restaurants
// over 15 communities.
const MIX: [string, number][] = [
	['water_body', 11],
	['toilet', 20],
	['garbage_station', 25],
	['market', 4],
	['restaurant', 60]
];
const communities = Array.from({ length: 15 }, (_, k) => `c${String(k + 1).padStart(2, '0')}`);
const places: PlaceRow[] = MIX.flatMap(([kind, n]) =>
	Array.from({ length: n }, (_, k) => ({
		id: `${kind}-${k}`,
		kind,
		label: kind,
		lng: 113 + k / 1000,
		lat: 23,
		zoneId: communities[k % communities.length]
	}))
);

describe('demo campaign plans', () => {
	const [spring, summer] = DEMO_CAMPAIGN_PLANS;

	it('spring: 120 targets over three teams, 119 done on their phase days', () => {
		const { targets, visits } = planCampaignTargets(
			spring,
			places,
			communities,
			'2025-1',
			createRng(1)
		);
		// 56 breeding sites + 4 markets + 60 restaurants; 灭蟑 leaves round(30 × 0.02) = 1 undone.
		expect(targets).toHaveLength(120);
		expect(visits).toHaveLength(119);
		expect(new Set(targets.map((t) => t.teamId))).toEqual(new Set(['team-1', 'team-2', 'team-3']));
		for (const v of visits) {
			const phase = spring.phases.find((p) => v.phaseId.endsWith(p.id))!;
			expect(v.day >= phase.from && v.day <= phase.to).toBe(true);
		}
	});

	it('summer: 60 breeding sites by two teams, 34 done (57 %)', () => {
		const { targets, visits } = planCampaignTargets(
			summer,
			places,
			communities,
			'2025-3',
			createRng(1)
		);
		// round(11 × 0.05) = 1, round(29 × 0.35) = 10, round(20 × 0.75) = 15 left: 60 − 26 = 34.
		expect(targets).toHaveLength(60);
		expect(visits).toHaveLength(34);
		expect(new Set(targets.map((t) => t.teamId))).toEqual(new Set(['team-1', 'team-2']));
	});
});
