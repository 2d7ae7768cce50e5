import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { createTestApp, type TestUser } from '../../helpers/signed-in-app';
import { createPatrolTown, PATROL_TOWN_NOW } from '../../helpers/patrol-town';

let db: Database;
beforeEach(async () => {
	db = await createPatrolTown();
});
afterEach(async () => db.close());

const get = async (path: string, user: TestUser = { role: 'planner' }) => {
	const app = createTestApp({ db, version: 'test', now: PATROL_TOWN_NOW }, user);
	const res = await app.request(path);
	return { status: res.status, body: await res.json() };
};

describe('GET /api/patrols/coverage', () => {
	it('the week of 30 Nov matches the hand calculation for grid 1', async () => {
		const { status, body } = await get('/api/patrols/coverage?period=week&date=2026-12-02');
		expect(status).toBe(200);
		expect(body.from).toBe('2026-11-30');
		expect(body.to).toBe('2026-12-06');
		expect(body.plannedDays).toEqual([
			'2026-11-30',
			'2026-12-01',
			'2026-12-02',
			'2026-12-03',
			'2026-12-04'
		]);
		const g1 = body.grids.find((g: { gridId: string }) => g.gridId === 'g1');
		// 3 of 4 units; s1 walked 60 + √125 = 71.2 of 100 m (the inaccurate fix dropped),
		// s2 crossed: 30 of 50 m; A Mon + A Tue + B Wed = 3 of 4 × 5.
		expect(g1).toMatchObject({ units: 4, unitsChecked: 3, checkedShare: 0.75, roadM: 150 });
		expect(g1.walkedM).toBeCloseTo(101.2, 1);
		expect(g1).toMatchObject({ planned: 20, done: 3, doneShare: 0.15 });
		const g2 = body.grids.find((g: { gridId: string }) => g.gridId === 'g2');
		expect(g2).toMatchObject({
			units: 1,
			unitsChecked: 1,
			roadM: 0,
			walkedShare: null,
			planned: 5,
			done: 1
		});
	});

	it('the map of gaps shows unit D and no segment (both walked over half)', async () => {
		const { body } = await get('/api/patrols/coverage?period=week&date=2026-12-02');
		expect(body.gaps.features.map((f: { id: string }) => f.id)).toEqual(['unit:D']);
		const day = await get('/api/patrols/coverage?period=day&date=2026-11-30');
		// On Monday only s1 was walked (71 %); s2 (0 of 50 m) is a gap; B, C, D, E unchecked.
		expect(day.body.gaps.features.map((f: { id: string }) => f.id)).toEqual([
			'unit:B',
			'unit:C',
			'unit:D',
			'unit:E',
			'segment:s2'
		]);
	});

	it('a patrol bound to grid 2 sees only grid 2; a sprayer is refused', async () => {
		const mine = await get('/api/patrols/coverage', { role: 'patrol', zones: ['g2'] });
		expect(mine.body.grids.map((g: { gridId: string }) => g.gridId)).toEqual(['g2']);
		expect((await get('/api/patrols/coverage', { role: 'sprayer' })).status).toBe(403);
		expect((await get('/api/patrols/coverage?period=month')).status).toBe(400);
		expect((await get('/api/patrols/coverage?date=2026-02-30')).status).toBe(400);
	});
});

describe('GET /api/scorecards', () => {
	it('December so far: compliance of 东街社区 and E as a repeat offender', async () => {
		const { status, body } = await get('/api/scorecards?month=2026-12');
		expect(status).toBe(200);
		// Dec checks: A pass, B fail, C fail, E fail → 1 of 4 passed. Last results: A, D pass;
		// B, C, E fail → 2 of 5.
		expect(body.communities).toEqual([
			{
				communityId: 'c1',
				communityName: '东街社区',
				units: 5,
				checks: 4,
				checksPassed: 1,
				checkPassShare: 0.25,
				unitsChecked: 5,
				unitsLastPassed: 2,
				lastPassShare: 0.4,
				repeatOffenders: 1
			}
		]);
		expect(body.offenders).toMatchObject([{ unitId: 'E', name: 'E号商铺', failures: 3 }]);
		expect(JSON.stringify(body)).not.toContain('138');
	});

	it('the person of grid 1 and unit E are scored against their pledges', async () => {
		const { body } = await get('/api/scorecards?month=2026-12');
		// Working days 1–4 Dec so far × 4 units = 16 planned; A 1 Dec, B 2 Dec done.
		expect(body.people).toEqual([
			expect.objectContaining({
				person: '王五',
				targetName: '东街一网格',
				checksDone: 4,
				units: 4,
				coveragePct: 12.5,
				casesHandled: 0,
				onTimePct: null,
				targetOnTimePct: 95,
				repeatOffenders: 0
			})
		]);
		expect(body.units).toEqual([
			expect.objectContaining({
				unitId: 'E',
				checks: 1,
				passed: 0,
				passPct: 0,
				repeatOffender: true,
				targetScore: 90
			})
		]);
	});

	it('is for the office: a patrol is refused, a bad month is a 400', async () => {
		expect((await get('/api/scorecards', { role: 'patrol' })).status).toBe(403);
		expect((await get('/api/scorecards', { role: 'leader' })).status).toBe(200);
		expect((await get('/api/scorecards?month=2026-13')).status).toBe(400);
	});
});
