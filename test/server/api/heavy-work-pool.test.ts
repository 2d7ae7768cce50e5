import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { BUSY_RETRY_AFTER_S, WorkerPool } from '../../../server/workers/worker-pool';
import { largestPlanBody } from '../../helpers/mixed-load';
import { createMiniTownStore } from '../../helpers/mini-town';

/** The mini town's box: stops spread over it are routed over its roads or straight lines. */
const BOX: [number, number, number, number] = [113.07, 22.945, 113.1, 22.97];

let db: Database;
beforeAll(async () => {
	db = await createMiniTownStore();
});
afterAll(async () => db.close());

function postPlan(app: TestApp, body: object) {
	return app.request('/api/routes/plan', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
}

describe('heavy work in worker threads', () => {
	it('answers 503 busy with Retry-After at once when every worker is busy and the queue is full', async () => {
		const pool = new WorkerPool({ size: 1, maxQueued: 1 });
		const app = createTestApp({ db, version: 'test', heavyWork: pool });
		try {
			const { stops, teams } = largestPlanBody(BOX);
			const body = { stops: stops.slice(0, 100), teams: teams.slice(0, 10), distance: 'straight' };
			const answers = await Promise.all([1, 2, 3].map(() => postPlan(app, body)));
			const statuses = answers.map((r) => r.status).sort();
			expect(statuses).toEqual([200, 200, 503]);
			const busy = answers.find((r) => r.status === 503)!;
			expect(busy.headers.get('retry-after')).toBe(String(BUSY_RETRY_AFTER_S));
			expect((await busy.json()).error.code).toBe('busy');
		} finally {
			await pool.terminate();
		}
	}, 120_000);

	it('gives the same plan for the same input, even with another plan solved beside it', async () => {
		const pool = new WorkerPool({ size: 2, maxQueued: 2 });
		const app = createTestApp({ db, version: 'test', heavyWork: pool });
		try {
			const body = { ...largestPlanBody(BOX, 3), distance: 'straight', stops: undefined };
			const { stops } = largestPlanBody(BOX, 3);
			const request = { ...body, stops: stops.slice(0, 200), teams: body.teams.slice(0, 20) };
			const [a, b] = await Promise.all([postPlan(app, request), postPlan(app, request)]);
			const [planA, planB] = [await a.json(), await b.json()];
			expect([a.status, b.status]).toEqual([200, 200]);
			expect(planA.routes.flatMap((r: { stops: unknown[] }) => r.stops).length).toBeGreaterThan(0);
			expect(JSON.stringify([planA.routes, planA.unassigned])).toBe(
				JSON.stringify([planB.routes, planB.unassigned])
			);
		} finally {
			await pool.terminate();
		}
	}, 120_000);
});
