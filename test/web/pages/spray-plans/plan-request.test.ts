import { describe, expect, it } from 'vitest';
import {
	buildPlanRequest,
	buildTargetsQuery,
	createDefaultTeams,
	PLANNER_TIME_LIMIT_MS,
	prioritiesToStops,
	toCandidates,
	withStopDetails,
	type PlanFormValues
} from '../../../../web/src/pages/spray-plans/plan-request';

const DEPOT = Object.freeze({ lng: 113.09, lat: 22.96 });

function createForm(overrides: Partial<PlanFormValues> = {}): PlanFormValues {
	return {
		candidates: toCandidates([
			{ id: 'B1', lng: 113.1, lat: 22.95, serviceMin: 10, kind: 'blind_spot', label: 'clutter' },
			{ id: 'B2', lng: 113.08, lat: 22.97, serviceMin: 10, kind: 'blind_spot', label: 'clutter' }
		]),
		teams: createDefaultTeams(DEPOT),
		distance: 'road',
		balance: true,
		...overrides
	};
}

describe('createDefaultTeams', () => {
	it('makes three teams at the depot with a 240-minute day at 15 km/h', () => {
		const teams = createDefaultTeams(DEPOT);
		expect(teams.map((t) => t.id)).toEqual(['team-1', 'team-2', 'team-3']);
		for (const t of teams) {
			expect(t).toMatchObject({ start: DEPOT, end: null, maxMinutes: 240, speedKmh: 15 });
		}
	});
});

describe('buildPlanRequest', () => {
	it('sends ticked stops and every team, returning to the depot', () => {
		const body = buildPlanRequest(createForm());
		expect(body.stops).toEqual([
			{ id: 'B1', lng: 113.1, lat: 22.95, serviceMin: 10 },
			{ id: 'B2', lng: 113.08, lat: 22.97, serviceMin: 10 }
		]);
		expect(body.teams).toHaveLength(3);
		expect(body.teams[0]).toEqual({
			id: 'team-1',
			start: DEPOT,
			maxStops: 20,
			maxMinutes: 240,
			speedKmh: 15
		});
		expect(body).toMatchObject({
			distance: 'road',
			balance: true,
			timeLimitMs: PLANNER_TIME_LIMIT_MS
		});
	});

	it('leaves unticked stops out and keeps edited service minutes', () => {
		const form = createForm();
		const candidates = [
			{ ...form.candidates[0], selected: false },
			{ ...form.candidates[1], serviceMin: 25 }
		];
		const body = buildPlanRequest({ ...form, candidates });
		expect(body.stops).toEqual([{ id: 'B2', lng: 113.08, lat: 22.97, serviceMin: 25 }]);
	});

	it('sends an end only for a team that does not return, and repairs empty numbers', () => {
		const [a, b] = createDefaultTeams(DEPOT, 2);
		const teams = [
			{ ...a, end: { lng: 113.1, lat: 22.97 } },
			{ ...b, maxMinutes: Number.NaN, maxStops: 2.6 }
		];
		const body = buildPlanRequest(createForm({ teams, distance: 'straight', balance: false }));
		expect(body.teams[0].end).toEqual({ lng: 113.1, lat: 22.97 });
		expect('end' in body.teams[1]).toBe(false);
		expect(body.teams[1]).toMatchObject({ maxMinutes: 240, maxStops: 3 });
		expect(body).toMatchObject({ distance: 'straight', balance: false });
	});
});

describe('buildTargetsQuery', () => {
	it.each([
		['blindspots_open', 'source=blindspots_open'],
		['breeding_sites', 'source=breeding_sites'],
		['survey_sites', 'source=survey_sites&level=C&pest=mosquito']
	] as const)('%s asks %s', (source, query) => {
		expect(buildTargetsQuery(source, 'C', 'mosquito')).toBe(query);
	});

	it('asks the targets endpoint nothing for hot spots', () => {
		expect(buildTargetsQuery('hotspots', 'FAIL', '')).toBeNull();
	});
});

describe('prioritiesToStops', () => {
	it('puts a stop at each ranked cell centre with a hot- id', () => {
		const stops = prioritiesToStops([
			{
				rank: 1,
				h3: '89411d7a83bffff',
				cells: ['89411d7a83bffff'],
				score: 75,
				centre: [113.069446, 22.971672],
				zoneId: 'st-01',
				zoneName: '沙头村',
				roadName: '沙头路',
				reports: 6,
				reasons: []
			}
		]);
		expect(stops).toEqual([
			{
				id: 'hot-89411d7a83bffff',
				lng: 113.069446,
				lat: 22.971672,
				serviceMin: 15,
				kind: 'hotspot',
				label: '沙头村 · 沙头路'
			}
		]);
	});
});

describe('withStopDetails', () => {
	it('saves each routed stop with what the candidate list knew of it', () => {
		const candidates = toCandidates([
			{
				id: 'B1',
				lng: 113.1,
				lat: 22.95,
				serviceMin: 10,
				kind: 'blind_spot',
				label: 'standing_water',
				category: 'standing_water',
				description: '楼顶积水'
			},
			{
				id: 'S7',
				lng: 113.2,
				lat: 22.9,
				serviceMin: 25,
				kind: 'survey_site',
				label: '餐饮',
				pest: 'rat',
				level: 'FAIL'
			}
		]);
		const stop = (id: string, seq: number) => ({
			id,
			seq,
			lng: 0,
			lat: 0,
			arriveMin: 1,
			legM: 2,
			serviceMin: 10,
			roadName: null,
			offNetwork: false,
			legStraight: false
		});
		const routes = withStopDetails(
			[{ teamId: 't', stops: [stop('S7', 1), stop('B1', 2), stop('X', 3)] }],
			candidates
		);
		expect(
			routes[0].stops.map(({ id, kind, category, label, description, pest }) => ({
				id,
				kind,
				category,
				label,
				description,
				pest
			}))
		).toEqual([
			{
				id: 'S7',
				kind: 'survey_site',
				category: undefined,
				label: '餐饮',
				description: undefined,
				pest: 'rat'
			},
			{
				id: 'B1',
				kind: 'blind_spot',
				category: 'standing_water',
				label: 'standing_water',
				description: '楼顶积水',
				pest: undefined
			},
			{
				id: 'X',
				kind: undefined,
				category: undefined,
				label: undefined,
				description: undefined,
				pest: undefined
			}
		]);
		expect(routes[0].stops[0]).toMatchObject({ seq: 1, arriveMin: 1, legM: 2 });
	});
});
