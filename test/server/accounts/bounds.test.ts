import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { createMiniTownStore } from '../../helpers/mini-town';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import { saveTwoTeamPlan } from './plan-fixture';

let db: Database;
let admin: TestApp;
let plan: Awaited<ReturnType<typeof saveTwoTeamPlan>>;

beforeAll(async () => {
	db = await createMiniTownStore();
	admin = createTestApp({ db, version: 'test' });
	plan = await saveTwoTeamPlan(admin);
}, 60_000);

type Feature = { id: string; properties: Record<string, string | null> };
async function features(app: TestApp, path: string): Promise<Feature[]> {
	const res = await app.request(path);
	expect(res.status).toBe(200);
	return ((await res.json()) as { features: Feature[] }).features;
}

describe("zones bound: an area-bound role reads its zones' features only", () => {
	it('a grid worker of c01-g01 sees only the blind spots of that grid', async () => {
		const grid = createTestApp({ db, version: 'test' }, { role: 'grid', zones: ['c01-g01'] });
		const all = await features(admin, '/api/layers/blindspots');
		const mine = await features(grid, '/api/layers/blindspots');
		const expected = all.filter((f) => f.properties.gridId === 'c01-g01');
		expect(mine.map((f) => f.id)).toEqual(expected.map((f) => f.id));
		expect(mine.length).toBeGreaterThan(0);
		expect(mine.length).toBeLessThan(all.length);
		const zones = await features(grid, '/api/layers/zones');
		expect(zones.map((f) => f.id)).toEqual(['c01-g01']);
	});

	it('a patrol of community c01 sees c01 and its grids, in layers and exports', async () => {
		const patrol = createTestApp({ db, version: 'test' }, { role: 'patrol', zones: ['c01'] });
		const zones = await features(patrol, '/api/layers/zones');
		expect(zones.map((f) => f.id).sort()).toEqual(['c01', 'c01-g01', 'c01-g02']);
		const all = await features(admin, '/api/layers/surveys');
		const mine = await features(patrol, '/api/layers/surveys');
		const inC01 = all.filter(
			(f) => f.properties.zoneId === 'c01' || f.properties.gridId?.startsWith('c01-')
		);
		expect(mine.map((f) => f.id)).toEqual(inC01.map((f) => f.id));
		const file = await features(patrol, '/api/export/surveys?format=geojson');
		expect(file.map((f) => f.id)).toEqual(inC01.map((f) => f.id));
	});

	it('office roles see the whole town', async () => {
		const leader = createTestApp({ db, version: 'test' }, { role: 'leader' });
		expect((await features(leader, '/api/layers/zones')).length).toBe(
			(await features(admin, '/api/layers/zones')).length
		);
	});
});

describe("team bound: a sprayer reaches their own team's routes only", () => {
	const sprayer = (team: string) =>
		createTestApp({ db, version: 'test' }, { role: 'sprayer', team, username: `sprayer-${team}` });
	const visit = (app: TestApp, stopId: string) =>
		app.request(`/api/routes/${plan.id}/stops/${stopId}/visit`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ status: 'skipped', note: 'locked' })
		});

	it('lists and shows only plans with their team, and only their route', async () => {
		const one = sprayer('team-1');
		const list = await (await one.request('/api/routes')).json();
		expect(list.plans.map((p: { id: string }) => p.id)).toEqual([plan.id]);
		const shown = await (await one.request(`/api/routes/${plan.id}`)).json();
		expect(shown.routes.map((r: { teamId: string }) => r.teamId)).toEqual(['team-1']);
		const other = sprayer('team-9');
		expect((await (await other.request('/api/routes')).json()).plans).toEqual([]);
		expect((await other.request(`/api/routes/${plan.id}`)).status).toBe(403);
		expect((await other.request(`/api/routes/${plan.id}/export?format=csv`)).status).toBe(403);
	});

	it("answers 403 on another team's stop and records a visit on their own", async () => {
		const one = sprayer('team-1');
		const refused = await visit(one, plan.stopOf('team-2'));
		expect(refused.status).toBe(403);
		expect((await refused.json()).error.code).toBe('forbidden');
		expect((await visit(one, plan.stopOf('team-1'))).status).toBe(200);
	});
});
