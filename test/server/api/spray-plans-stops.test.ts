import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { createMiniTownStore } from '../../helpers/mini-town';
import { createRequester, DEPOT } from './spray-plan-request';

let db: Database;
let app: TestApp;
let planId: string;
const { get, post } = createRequester(() => app);

/**
 * Stops as the planner sends them: two failing survey sites of the mini town (M01 for rats,
 * M02 for cockroaches) with what /targets said, a standing-water report typed in by hand,
 * and two ids sent bare, which the server looks up (a blind spot and a pond).
 */
const STOPS = [
	{ id: 'M01', lng: 113.084, lat: 22.953, kind: 'survey_site', pest: 'rat', label: '农贸市场' },
	{ id: 'M02', lng: 113.096, lat: 22.958, kind: 'survey_site', pest: 'cockroach', label: '居民区' },
	{
		id: 'W1',
		lng: 113.086,
		lat: 22.956,
		kind: 'blind_spot',
		category: 'standing_water',
		description: '楼顶水箱旁积水'
	},
	{ id: 'B0003', lng: 113.095, lat: 22.958 },
	{ id: 'p-water-1', lng: 113.097, lat: 22.952 }
];

type Stop = Record<string, unknown> & {
	id: string;
	task: { nameZh: string; nameEn: string; chemicalZh: string; chemicalEn: string; unit: string };
};
const stopsOf = (plan: { routes: { stops: Stop[] }[] }) =>
	new Map(plan.routes.flatMap((r) => r.stops).map((s) => [s.id, s]));

beforeAll(async () => {
	db = await createMiniTownStore();
	app = createTestApp({ db, version: 'test' });
	const planned = await post('/api/routes/plan', {
		stops: STOPS.map(({ id, lng, lat }) => ({ id, lng, lat, serviceMin: 10 })),
		teams: [{ id: 't1', start: DEPOT }]
	});
	expect(planned.status).toBe(200);
	const details = new Map(STOPS.map(({ lng: _x, lat: _y, ...d }) => [d.id, d]));
	const routes = planned.body.routes.map((r: { stops: { id: string }[] }) => ({
		...r,
		stops: r.stops.map((s) => ({ ...s, ...details.get(s.id) }))
	}));
	// The plan is for mosquitoes; the survey sites carry their own pest.
	const saved = await post('/api/routes', {
		name: '混合作业',
		date: '2024-06-03',
		pest: 'mosquito',
		routes,
		unassigned: []
	});
	expect(saved.status).toBe(201);
	planId = saved.body.id;
});
afterAll(async () => db.close());

describe('what a saved stop is and what the team does there', () => {
	it('keeps kind, category, label and description, and finds the community', async () => {
		const stops = stopsOf((await get(`/api/routes/${planId}`)).body);
		expect(stops.get('M01')).toMatchObject({
			kind: 'survey_site',
			pest: 'rat',
			label: '农贸市场',
			community: '东湖社区'
		});
		expect(stops.get('W1')).toMatchObject({
			kind: 'blind_spot',
			category: 'standing_water',
			categoryName: { nameZh: '积水（蚊孳生）', nameEn: 'Standing water (mosquito breeding)' },
			description: '楼顶水箱旁积水'
		});
		// Sent bare: the server fills them in from the stored blind spot and place.
		expect(stops.get('B0003')).toMatchObject({
			kind: 'blind_spot',
			category: 'dirty_road',
			categoryName: { nameZh: '道路不洁' },
			description: '路面油污',
			community: '西岸村'
		});
		expect(stops.get('p-water-1')).toMatchObject({ kind: 'water_body', label: '西岸塘' });
	});

	it('takes the task and chemical from the pest and the category, not the id', async () => {
		const stops = stopsOf((await get(`/api/routes/${planId}`)).body);
		const rat = stops.get('M01')!.task;
		expect(rat.nameZh).toContain('毒饵');
		expect(rat.nameZh).not.toContain('蚊');
		expect(rat.chemicalZh).toContain('溴敌隆');
		expect(rat.chemicalEn).toMatch(/bromadiolone/i);
		expect(rat.unit).toBe('g');
		const roach = stops.get('M02')!.task;
		expect(roach.nameZh).toContain('蟑');
		expect(roach.nameZh).not.toContain('蚊');
		expect(roach.chemicalZh).toContain('胶饵');
		for (const id of ['W1', 'p-water-1']) {
			const water = stops.get(id)!.task;
			expect(water.nameZh).toContain('积水');
			expect(water.nameZh).toContain('幼');
			expect(water.nameZh).not.toContain('蝇');
			expect(water.nameEn).toMatch(/larvicid/i);
			expect(water.chemicalZh).not.toContain('氯氰菊酯');
		}
		// A dirty road in a mosquito plan: the plan's pest decides.
		expect(stops.get('B0003')!.task.nameZh).toContain('蚊');
	});

	it('records a done visit against the stop’s own pest', async () => {
		const res = await post(`/api/routes/${planId}/stops/M01/visit`, {
			status: 'done',
			chemical: '溴敌隆毒饵',
			amount: 200,
			unit: 'g',
			at: '2024-06-03T09:00'
		});
		expect(res.status).toBe(200);
		const [event] = await db.query<{ pest: string }>(
			'SELECT pest FROM spray_events WHERE id = $id',
			{ id: res.body.sprayEventId }
		);
		expect(event.pest).toBe('rat');
		const stop = stopsOf((await get(`/api/routes/${planId}`)).body).get('M01');
		expect(stop).toMatchObject({ chemical: '溴敌隆毒饵', amount: 200, unit: 'g' });
	});
});

describe('undoing a visit', () => {
	it('reverts a done stop to pending and removes its spray event', async () => {
		const done = await post(`/api/routes/${planId}/stops/W1/visit`, {
			status: 'done',
			note: '已清',
			chemical: '双硫磷颗粒剂',
			amount: 100,
			unit: 'g'
		});
		expect(done.status).toBe(200);
		const eventId = done.body.sprayEventId as string;
		const count = async () =>
			(
				await db.query<{ n: number }>('SELECT count(*) AS n FROM spray_events WHERE id = $id', {
					id: eventId
				})
			)[0].n;
		expect(await count()).toBe(1);
		const undo = await post(`/api/routes/${planId}/stops/W1/visit`, { status: 'pending' });
		expect(undo.status).toBe(200);
		expect(undo.body).toMatchObject({ status: 'pending', sprayEventId: null });
		expect(await count()).toBe(0);
		const stop = stopsOf((await get(`/api/routes/${planId}`)).body).get('W1');
		expect(stop).toMatchObject({
			status: 'pending',
			note: null,
			visitedAt: null,
			sprayEventId: null,
			chemical: null
		});
		// Done again after the undo: a new event under the same id.
		const again = await post(`/api/routes/${planId}/stops/W1/visit`, {
			status: 'done',
			chemical: '双硫磷颗粒剂',
			amount: 80,
			unit: 'g'
		});
		expect(again.status).toBe(200);
		expect(await count()).toBe(1);
	});

	it('reverts a skipped stop; a pending stop cannot be reverted (409)', async () => {
		await post(`/api/routes/${planId}/stops/M02/visit`, { status: 'skipped', note: '锁门' });
		const undo = await post(`/api/routes/${planId}/stops/M02/visit`, { status: 'pending' });
		expect(undo.status).toBe(200);
		expect(undo.body.progress.skipped).toBe(0);
		const twice = await post(`/api/routes/${planId}/stops/M02/visit`, { status: 'pending' });
		expect(twice.status).toBe(409);
	});

	it('keeps the stop and the event when the revert fails (one transaction)', async () => {
		const before = await db.query('SELECT count(*) AS n FROM spray_events');
		const bad = await post(`/api/routes/${planId}/stops/nope/visit`, { status: 'pending' });
		expect(bad.status).toBe(404);
		expect(await db.query('SELECT count(*) AS n FROM spray_events')).toEqual(before);
	});
});
