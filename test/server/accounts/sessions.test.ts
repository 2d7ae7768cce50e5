import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { addUser, cookieOf, createClockedApp, TEST_PASSWORD } from '../../helpers/accounts';

const MIN = 60_000;
const HOUR = 60 * MIN;
let db: Database;
let t: Awaited<ReturnType<typeof createClockedApp>>['t'];
let advance: (ms: number) => void;

beforeAll(async () => {
	({ db, t, advance } = await createClockedApp());
	await addUser(db, { username: 'dora', role: 'planner' });
});

const me = (cookie: string) => t.app.request('/api/auth/me', { headers: { cookie } });
const lastSeen = async () =>
	(await db.query<{ at: string }>(`SELECT max(last_seen_at)::VARCHAR AS at FROM sessions`))[0].at;

describe('sessions', () => {
	it('slide: a use renews the idle expiry, written at most once per 5 minutes', async () => {
		const cookie = await t.login('dora');
		const first = await lastSeen();
		advance(4 * MIN);
		expect((await me(cookie)).status).toBe(200);
		expect(await lastSeen()).toBe(first);
		advance(2 * MIN);
		expect((await me(cookie)).status).toBe(200);
		expect(await lastSeen()).not.toBe(first);
		advance(11 * HOUR);
		expect((await me(cookie)).status).toBe(200);
		advance(11 * HOUR);
		expect((await me(cookie)).status).toBe(200);
	});

	it('end after 12 idle hours', async () => {
		const cookie = await t.login('dora');
		advance(12 * HOUR + MIN);
		expect((await me(cookie)).status).toBe(401);
	});

	it('end 7 days after sign-in however busy', async () => {
		const cookie = await t.login('dora');
		for (let h = 10; h < 7 * 24; h += 10) {
			advance(10 * HOUR);
			expect((await me(cookie)).status).toBe(200);
		}
		advance(10 * HOUR);
		expect((await me(cookie)).status).toBe(401);
	});

	it('a password change keeps this session and ends the others; the new password works', async () => {
		const mine = await t.login('dora');
		const other = await t.login('dora');
		const next = 'another long password';
		const res = await t.post(
			'/api/auth/password',
			{ current: TEST_PASSWORD, next },
			{ cookie: mine }
		);
		expect(res.status).toBe(204);
		expect((await me(mine)).status).toBe(200);
		expect((await me(other)).status).toBe(401);
		const wrong = await t.post('/api/auth/password', { current: 'not it', next }, { cookie: mine });
		expect(wrong.status).toBe(403);
		const again = await t.post('/api/auth/login', { username: 'dora', password: next });
		expect(again.status).toBe(200);
		expect((await me(cookieOf(again))).status).toBe(200);
		const audit = await db.query(
			`SELECT action FROM audit_log WHERE action = 'user.password_change'`
		);
		expect(audit).toHaveLength(1);
	});
});
