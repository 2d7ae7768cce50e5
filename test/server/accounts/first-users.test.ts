import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../server/config';
import { ensureDemoUsers } from '../../../server/services/demo-users';
import { ensureEnvAdmin } from '../../../server/services/first-users';
import { createEmptyStore, createMiniTownStore } from '../../helpers/mini-town';
import { basic, cookieOf, createBareApp } from '../../helpers/accounts';

const me = (t: ReturnType<typeof createBareApp>, headers: Record<string, string>) =>
	t.app.request('/api/auth/me', { headers });

describe('demo sign-in', () => {
	it('signs in as demo-<role> on a synthetic data set, with its zones, team and display name', async () => {
		const db = await createMiniTownStore();
		expect(await ensureDemoUsers(db)).toHaveLength(7);
		expect(await ensureDemoUsers(db)).toEqual([]);
		const t = createBareApp({ db, version: 'test' });
		expect(await (await t.app.request('/api/auth/status')).json()).toEqual({
			demo: true,
			needsSetup: false
		});
		const grid = await t.post('/api/auth/demo', { role: 'grid' });
		expect(grid.status).toBe(200);
		expect(await grid.json()).toEqual({
			username: 'demo-grid',
			role: 'grid',
			zones: ['c01-g01'],
			displayName: '演示·网格员',
			team: null,
			demo: true
		});
		const sprayer = await (await t.post('/api/auth/demo', { role: 'sprayer' })).json();
		expect(sprayer.team).toBe('team-1');
		// The demo users have no password: only the demo endpoint signs them in.
		const login = await t.post('/api/auth/login', { username: 'demo-admin', password: '!' });
		expect(login.status).toBe(401);
	});

	it('answers 404 on a data set that is not synthetic, and seeds no demo user there', async () => {
		const db = await createMiniTownStore();
		await db.run(`UPDATE dataset_meta SET value = 'false' WHERE key = 'synthetic'`);
		expect(await ensureDemoUsers(db)).toEqual([]);
		const t = createBareApp({ db, version: 'test' });
		const res = await t.post('/api/auth/demo', { role: 'admin' });
		expect(res.status).toBe(404);
		expect((await res.json()).error.code).toBe('not_found');
		expect((await (await t.app.request('/api/auth/status')).json()).demo).toBe(false);
	});
});

describe('first admin', () => {
	it('is created once through the setup link, with its token only', async () => {
		const db = await createEmptyStore();
		const t = createBareApp({ db, version: 'test', auth: { setupToken: 'the-printed-token' } });
		expect((await (await t.app.request('/api/auth/status')).json()).needsSetup).toBe(true);
		const body = { username: 'root', displayName: '管理员', password: 'a long first password' };
		const wrong = await t.post('/api/auth/setup', { ...body, token: 'guessed' });
		expect(wrong.status).toBe(403);
		const made = await t.post('/api/auth/setup', { ...body, token: 'the-printed-token' });
		expect(made.status).toBe(201);
		expect(await made.json()).toMatchObject({ username: 'root', role: 'admin' });
		expect((await me(t, { cookie: cookieOf(made) })).status).toBe(200);
		const again = await t.post('/api/auth/setup', { ...body, token: 'the-printed-token' });
		expect(again.status).toBe(404);
	});

	it('comes from SANIMAP_ADMIN when no user of that name exists, and a short password refuses to start', async () => {
		const db = await createEmptyStore();
		const admin = { username: 'ops', password: 'ops password 123' };
		expect(await ensureEnvAdmin(db, admin)).toBe(true);
		expect(await ensureEnvAdmin(db, { ...admin, password: 'another password' })).toBe(false);
		const t = createBareApp({ db, version: 'test' });
		const res = await me(t, { authorization: basic('ops', admin.password) });
		expect(await res.json()).toMatchObject({ username: 'ops', role: 'admin' });
		expect(readConfig({ SANIMAP_ADMIN: 'ops:ops password 123' }).admin).toEqual(admin);
		expect(() => readConfig({ SANIMAP_ADMIN: 'ops:short' })).toThrow(
			"SANIMAP_ADMIN's password must be at least 10 characters"
		);
	});
});

describe('the user directory and the admin page', () => {
	it('masks phones for roles that do not dispatch, keeps the last admin, and a reset ends sessions', async () => {
		const db = await createMiniTownStore();
		await ensureDemoUsers(db);
		const t = createBareApp({ db, version: 'test' });
		const as = async (role: string) => cookieOf(await t.post('/api/auth/demo', { role }));
		const phones = async (cookie: string) =>
			(
				(await (await t.app.request('/api/users', { headers: { cookie } })).json()).users as {
					username: string;
					phone: string;
				}[]
			).find((u) => u.username === 'demo-grid')!.phone;
		expect(await phones(await as('planner'))).toBe('13800001002');
		expect(await phones(await as('grid'))).toBe('138****1002');
		expect(await phones(await as('leader'))).toBe('138****1002');

		const admin = await as('admin');
		const demote = await t.app.request('/api/admin/users/demo-admin', {
			method: 'PATCH',
			headers: { cookie: admin, origin: 'http://localhost', 'content-type': 'application/json' },
			body: JSON.stringify({ role: 'planner' })
		});
		expect(demote.status).toBe(409);
		expect((await demote.json()).error.code).toBe('last_admin');

		const leader = await as('leader');
		const reset = await t.post(
			'/api/admin/users/demo-leader/password',
			{ password: 'a brand new password' },
			{ cookie: admin }
		);
		expect(reset.status).toBe(204);
		expect((await me(t, { cookie: leader })).status).toBe(401);
		const actions = await db.query<{ action: string }>(
			`SELECT action FROM audit_log WHERE action IN ('user.password_reset', 'auth.login') ORDER BY id`
		);
		expect(actions.map((a) => a.action)).toContain('user.password_reset');
	});
});
