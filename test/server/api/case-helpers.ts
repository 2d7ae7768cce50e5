/** Helpers of the case-loop API tests: one database, a pinned clock, one signed-in app per user. */
import type { AppOptions } from '../../../server/app';
import type { Role } from '../../../server/contract/accounts';
import type { Database } from '../../../server/db/database';
import { afterAll, beforeAll, expect } from 'vitest';
import { createMiniTownStore } from '../../helpers/mini-town';
import { createTestApp, type TestApp, type TestUser } from '../../helpers/signed-in-app';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** A clock the tests move: local Shanghai wall time in, a Date out. */
export function createClock(local: string) {
	let at = new Date(`${local}+08:00`);
	return {
		now: () => at,
		set: (next: string) => void (at = new Date(`${next}+08:00`))
	};
}

/** One app per user over one database; `as('grid', ['c02'])` signs in as test-grid (zones c02). */
export function createUsers(options: AppOptions) {
	const apps = new Map<string, TestApp>();
	return (role: Role, zones: string[] = [], username?: string) => {
		const user: TestUser = { role, zones, username: username ?? `test-${role}` };
		const key = user.username!;
		if (!apps.has(key)) apps.set(key, createTestApp(options, user));
		return requester(apps.get(key)!);
	};
}

export function requester(app: TestApp) {
	const send = async (method: string, path: string, body?: unknown, headers = {}) => {
		const res = await app.request(path, {
			method,
			headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		const text = await res.text();
		const json = (res.headers.get('content-type') ?? '').includes('json');
		return { status: res.status, body: (json ? JSON.parse(text) : text) as Json, res };
	};
	return {
		send,
		get: (path: string) => send('GET', path),
		post: (path: string, body: unknown, headers: Record<string, string> = {}) =>
			send('POST', path, body, headers),
		put: (path: string, body: unknown) => send('PUT', path, body),
		patch: (path: string, body: unknown) => send('PATCH', path, body),
		act: (id: string, body: Record<string, unknown>, query = '') =>
			send('POST', `/api/cases/${encodeURIComponent(id)}/actions${query}`, body)
	};
}

/** Points inside the mini town's grid c02-g01 (113.09–113.095, 22.95–22.96), ~60 m apart. */
export const c02Point = (k: number) => ({
	lng: 113.0906 + (k % 7) * 0.0006,
	lat: 22.9504 + Math.floor(k / 7) * 0.0006
});

export async function auditRows(db: Database, entityId: string) {
	return db.query<{ action: string; username: string }>(
		`SELECT action, username FROM audit_log WHERE entity_id = $id ORDER BY id`,
		{ id: entityId }
	);
}

export type Users = ReturnType<typeof createUsers>;

/**
 * `report(body)`: a new case in grid c02-g01 (a fresh point each time), reported by the planner
 * at the clock's time unless the body says otherwise; fails the test unless 201.
 */
export function caseReporter(users: () => Users) {
	let next = 0;
	return async (body: Record<string, unknown> = {}): Promise<Json> => {
		const res = await users()('planner').post('/api/cases', {
			category: 'exposed_garbage',
			description: '测试',
			...c02Point(next++),
			...body
		});
		expect(res.status, JSON.stringify(res.body)).toBe(201);
		return res.body;
	};
}

/**
 * The mini town in memory with a clock pinned at `start` (local time), one app per user, and a
 * reporter; `bed.db` and `bed.as` are set before the file's tests run.
 */
export function useCaseTestbed(start: string) {
	const clock = createClock(start);
	const bed = { db: null as unknown as Database, as: null as unknown as Users, clock };
	beforeAll(async () => {
		bed.db = await createMiniTownStore();
		bed.as = createUsers({ db: bed.db, version: 'test', now: clock.now });
	});
	afterAll(async () => bed.db.close());
	return { ...bed, bed, report: caseReporter(() => bed.as) };
}
