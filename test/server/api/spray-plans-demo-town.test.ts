import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { createDemoTownStore } from '../../helpers/demo-town-store';
import { createRequester } from './spray-plan-request';

let db: Database;
let app: TestApp;
const { get, post } = createRequester(() => app);
beforeAll(async () => {
	db = await createDemoTownStore();
	app = createTestApp({ db, version: 'test' });
}, 60_000);
afterAll(async () => db.close());

describe('route planning on the demo town', () => {
	it('plans three teams over the open blind spots within their days, then saves the plan', async () => {
		const targets = await get('/api/routes/targets?source=blindspots_open');
		expect(targets.status).toBe(200);
		const stops = targets.body.stops.slice(0, 60);
		expect(stops.length).toBeGreaterThan(10);
		const [meta] = await db.query<{ value: string }>(
			`SELECT value FROM dataset_meta WHERE key = 'center'`
		);
		const [lng, lat] = JSON.parse(meta.value);
		const teams = ['一队', '二队', '三队'].map((id) => ({
			id,
			start: { lng, lat },
			maxMinutes: 240,
			speedKmh: 15
		}));
		const plan = await post('/api/routes/plan', { stops, teams, balance: true, timeLimitMs: 5000 });
		expect(plan.status).toBe(200);
		const routed = plan.body.routes.flatMap((r: { stops: { id: string }[] }) => r.stops);
		expect(routed.length + plan.body.unassigned.length).toBe(stops.length);
		for (const r of plan.body.routes) {
			expect(r.durationMin).toBeLessThanOrEqual(240);
			expect(r.stops.length).toBeGreaterThan(0);
			expect(r.geometry.coordinates.length).toBeGreaterThan(r.stops.length);
		}
		const onRoads = routed.filter((s: { roadName: string | null }) => s.roadName !== null);
		expect(onRoads.length).toBeGreaterThan(routed.length / 2);
		const saved = await post('/api/routes', {
			name: '演示镇 三队',
			date: '2024-06-01',
			pest: 'fly',
			routes: plan.body.routes,
			unassigned: plan.body.unassigned
		});
		expect(saved.status).toBe(201);
		expect(saved.body.progress.pending).toBe(routed.length);
	}, 60_000);

	it('lists failing survey sites as targets with their pest and level', async () => {
		const { body } = await get('/api/routes/targets?source=survey_sites&level=C');
		for (const s of body.stops) expect(['C', 'FAIL']).toContain(s.level);
		expect(new Set(body.stops.map((s: { id: string }) => s.id)).size).toBe(body.stops.length);
	});

	it('refuses bad targets parameters with 400', async () => {
		for (const q of ['source=survey_sites&level=B', 'source=survey_sites&pest=ant', 'level=C']) {
			const res = await get(`/api/routes/targets?${q}`);
			expect(res.status).toBe(400);
			expect(res.body.error.code).toBe('invalid_parameter');
		}
	});
});
