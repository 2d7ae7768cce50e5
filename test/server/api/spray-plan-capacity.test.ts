import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { createMiniTownStore } from '../../helpers/mini-town';
import { createRequester, DEPOT, MINI_TOWN_STOPS } from './spray-plan-request';

let db: Database;
let app: TestApp;
beforeAll(async () => {
	db = await createMiniTownStore();
	app = createTestApp({ db, version: 'test' });
});
afterAll(async () => db.close());
const { post } = createRequester(() => app);
const quick = { timeLimitMs: 500 };

describe('POST /api/routes/plan with capacities, windows and lunch (issue 18)', () => {
	it('keeps each route within its capacity, answers its load, leaves what fits no team as capacity', async () => {
		const stops = MINI_TOWN_STOPS.map((s, k) => ({ ...s, demand: [6, 5, 4, 30][k] }));
		const { status, body } = await post('/api/routes/plan', {
			...quick,
			stops,
			teams: [
				{ id: 't1', start: DEPOT, capacity: 10 },
				{ id: 't2', start: DEPOT, capacity: 8 }
			]
		});
		expect(status).toBe(200);
		expect(body.unassigned).toEqual([{ id: 'far', reason: 'capacity' }]);
		const loads = body.routes.map((r: { load: number }) => r.load);
		expect(body.routes.map((r: { capacity: number }) => r.capacity)).toEqual([10, 8]);
		expect(loads[0]).toBeLessThanOrEqual(10);
		expect(loads[1]).toBeLessThanOrEqual(8);
		expect(loads[0] + loads[1]).toBe(15);
	});

	it('answers an old body as before: load 0, unlimited capacity, no lunch, no waits, day from 08:00', async () => {
		const { body } = await post('/api/routes/plan', {
			...quick,
			stops: MINI_TOWN_STOPS,
			teams: [{ id: 't1', start: DEPOT }]
		});
		const [route] = body.routes;
		expect([route.load, route.capacity, route.lunch]).toEqual([0, null, null]);
		expect(route.stops.every((s: { waitMin: number }) => s.waitMin === 0)).toBe(true);
		expect(body.meta.dayStart).toBe('08:00');
	});

	it('waits for a window to open and takes lunch, counted in the day', async () => {
		const { body } = await post('/api/routes/plan', {
			...quick,
			dayStart: '07:30',
			stops: [{ ...MINI_TOWN_STOPS[0], window: { from: '09:00', to: '09:30' } }],
			teams: [{ id: 't1', start: DEPOT, lunch: { from: '08:00', minutes: 45 } }]
		});
		const [route] = body.routes;
		const [stop] = route.stops;
		// 09:00 is 90 minutes after 07:30: arrival plus wait is exactly 90.
		expect(stop.arriveMin + stop.waitMin).toBeCloseTo(90, 0);
		// Done at 90 + 10 (≥ 08:00's 30): lunch then, 45 minutes, before the drive home.
		expect(route.lunch).toEqual({ startMin: 100, minutes: 45 });
		expect(route.durationMin).toBeCloseTo(145 + route.end.legM / (20_000 / 60), 0);
	});

	it('names a stop no team reaches inside its window time_window', async () => {
		const { body } = await post('/api/routes/plan', {
			...quick,
			stops: [
				...MINI_TOWN_STOPS.slice(0, 3),
				{ ...MINI_TOWN_STOPS[3], window: { from: '07:00', to: '07:30' } }
			],
			teams: [{ id: 't1', start: DEPOT }]
		});
		expect(body.unassigned).toEqual([{ id: 'far', reason: 'time_window' }]);
	});

	it.each([
		[
			'a window ending before it starts',
			{ window: { from: '10:00', to: '09:00' } },
			'stops[0].window.to',
			'window.from must not be after window.to'
		],
		[
			'a window time that is no time',
			{ window: { from: '25:00', to: '26:00' } },
			'stops[0].window.from',
			'HH:mm'
		],
		['a negative demand', { demand: -1 }, 'stops[0].demand', 'must not be negative']
	])('refuses %s with 400 naming the field', async (_, extra, parameter, words) => {
		const res = await post('/api/routes/plan', {
			stops: [{ ...MINI_TOWN_STOPS[0], ...extra }],
			teams: [{ id: 't1', start: DEPOT }]
		});
		expect(res.status).toBe(400);
		expect(res.body.error.message).toContain(parameter);
		expect(res.body.error.message).toContain(words);
	});

	it('refuses a lunch of 0 minutes and a negative capacity with 400', async () => {
		for (const team of [
			{ id: 't1', start: DEPOT, lunch: { from: '12:00', minutes: 0 } },
			{ id: 't1', start: DEPOT, capacity: -5 }
		]) {
			const res = await post('/api/routes/plan', { stops: [MINI_TOWN_STOPS[0]], teams: [team] });
			expect(res.status).toBe(400);
			expect(res.body.error.message).toMatch(/lunch\.minutes|capacity/);
		}
	});
});
