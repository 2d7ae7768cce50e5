import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { createTestApp, type TestUser } from '../../helpers/signed-in-app';
import { at, createPatrolTown, PATROL_TOWN_NOW } from '../../helpers/patrol-town';

let db: Database;
beforeEach(async () => {
	db = await createPatrolTown();
});
afterEach(async () => db.close());

const send = async (user: TestUser, method: string, path: string, body?: unknown) => {
	const app = createTestApp({ db, version: 'test', now: PATROL_TOWN_NOW }, user);
	const res = await app.request(path, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	return { status: res.status, body: await res.json() };
};
const auditRows = () =>
	db.query<{ action: string; username: string }>(
		`SELECT action, username FROM audit_log WHERE entity = 'volunteer_activity'`
	);

const [lng, lat] = at(1100, 50);
const cleanup = {
	team: '东街义务清扫队',
	kind: 'cleanup',
	place: 'green_belt',
	heldOn: '2026-12-05',
	people: 12,
	work: '清理绿化带垃圾 6 袋',
	lng,
	lat
};
const ring = [at(0, 0), at(100, 0), at(100, 60), at(0, 60), at(0, 0)];

describe('/api/volunteer-activities', () => {
	it('a planner logs a clean-up at a point and a spraying over a drawn area; counted per community', async () => {
		const one = await send({ role: 'planner' }, 'POST', '/api/volunteer-activities', cleanup);
		expect(one.status).toBe(201);
		expect(one.body).toMatchObject({
			team: '东街义务清扫队',
			zoneId: 'c1',
			people: 12,
			area: null
		});
		const area = { type: 'Polygon', coordinates: [ring] };
		const two = await send({ role: 'planner' }, 'POST', '/api/volunteer-activities', {
			...cleanup,
			kind: 'spraying',
			place: 'vacant_land',
			people: 5,
			lng: undefined,
			lat: undefined,
			area
		});
		expect(two.status).toBe(201);
		// The place of a drawn area is its centroid, (50, 30) in the local frame.
		expect(two.body.lng).toBeCloseTo(at(50, 30)[0], 6);
		expect(two.body.lat).toBeCloseTo(at(50, 30)[1], 6);
		const list = await send({ role: 'leader' }, 'GET', '/api/volunteer-activities');
		expect(list.body.activities).toHaveLength(2);
		expect(list.body.byCommunity).toEqual([
			{ zoneId: 'c1', zoneName: '东街社区', activities: 2, people: 17, cleanup: 1, spraying: 1 }
		]);
		expect(await auditRows()).toEqual([
			{ action: 'volunteer_activity.create', username: 'test-planner' },
			{ action: 'volunteer_activity.create', username: 'test-planner' }
		]);
	});

	it('a patrol logs inside its grid but not outside it; a leader may not log', async () => {
		const patrol = { role: 'patrol' as const, zones: ['g2'] };
		expect((await send(patrol, 'POST', '/api/volunteer-activities', cleanup)).status).toBe(201);
		const [x, y] = at(10, 10);
		const outside = await send(patrol, 'POST', '/api/volunteer-activities', {
			...cleanup,
			lng: x,
			lat: y
		});
		expect(outside.status).toBe(403);
		expect(
			(await send({ role: 'leader' }, 'POST', '/api/volunteer-activities', cleanup)).status
		).toBe(403);
		expect((await send({ role: 'sprayer' }, 'GET', '/api/volunteer-activities')).status).toBe(403);
		expect(await auditRows()).toHaveLength(1);
	});

	it('refuses a body without a place, an open ring or a zero head count, writing nothing', async () => {
		const planner = { role: 'planner' as const };
		const noPlace = await send(planner, 'POST', '/api/volunteer-activities', {
			...cleanup,
			lng: undefined,
			lat: undefined
		});
		expect(noPlace.status).toBe(400);
		expect(JSON.stringify(noPlace.body)).toContain('lng and lat');
		const open = { type: 'Polygon', coordinates: [[...ring.slice(0, 4), at(0, 1)]] };
		expect(
			(await send(planner, 'POST', '/api/volunteer-activities', { ...cleanup, area: open })).status
		).toBe(400);
		expect(
			(await send(planner, 'POST', '/api/volunteer-activities', { ...cleanup, people: 0 })).status
		).toBe(400);
		expect(await auditRows()).toEqual([]);
	});
});
