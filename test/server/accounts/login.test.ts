import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { addUser, basic, cookieOf, createBareApp, TEST_PASSWORD } from '../../helpers/accounts';
import { createMiniTownStore } from '../../helpers/mini-town';

let db: Database;
let t: ReturnType<typeof createBareApp>;

beforeAll(async () => {
	db = await createMiniTownStore();
	t = createBareApp({ db, version: 'test' });
	await addUser(db, { username: 'alice', role: 'planner' });
	await addUser(db, { username: 'bob', role: 'grid', zones: ['c01'] });
});

describe('sign-in with a password and a session cookie', () => {
	it('answers Me and sets an httpOnly, SameSite=Strict session cookie', async () => {
		const res = await t.post('/api/auth/login', { username: 'alice', password: TEST_PASSWORD });
		expect(res.status).toBe(200);
		expect(await res.json()).toMatchObject({ username: 'alice', role: 'planner', zones: [] });
		const cookie = res.headers.get('set-cookie')!;
		expect(cookie).toMatch(
			/sanimap_session=[^;]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Strict/
		);
		expect(cookie).not.toMatch(/Secure/);
		const me = await t.app.request('/api/auth/me', { headers: { cookie: cookieOf(res) } });
		expect(await me.json()).toMatchObject({ username: 'alice', displayName: 'alice', demo: true });
		expect(me.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
	});

	it('gives the same 401 for a wrong password, an unknown user and a disabled one', async () => {
		const wrong = await t.post('/api/auth/login', { username: 'alice', password: 'nope' });
		const unknown = await t.post('/api/auth/login', { username: 'nobody', password: 'nope' });
		expect(wrong.status).toBe(401);
		expect(unknown.status).toBe(401);
		expect(await wrong.json()).toEqual(await unknown.json());
		await addUser(db, { username: 'carol', role: 'leader' });
		const cookie = await t.login('carol');
		await db.run(`UPDATE users SET disabled = true WHERE username = 'carol'`);
		const disabled = await t.post('/api/auth/login', {
			username: 'carol',
			password: TEST_PASSWORD
		});
		expect(disabled.status).toBe(401);
		expect((await disabled.json()).error.code).toBe('invalid_credentials');
		const me = await t.app.request('/api/auth/me', { headers: { cookie } });
		expect(me.status).toBe(401);
	});

	it('logs out: 204, the cookie cleared and the session gone', async () => {
		const cookie = await t.login('alice');
		const out = await t.post('/api/auth/logout', {}, { cookie });
		expect(out.status).toBe(204);
		expect(out.headers.get('set-cookie')).toMatch(/sanimap_session=; Max-Age=0/);
		const me = await t.app.request('/api/auth/me', { headers: { cookie } });
		expect(me.status).toBe(401);
		expect(await me.json()).toEqual({
			error: { code: 'unauthenticated', message: expect.any(String) }
		});
		const [row] = await db.query(
			`SELECT count(*) AS n FROM audit_log WHERE action = 'auth.logout'`
		);
		expect(row.n).toBeGreaterThan(0);
	});

	it('sets Secure on the cookie when configured behind HTTPS', async () => {
		const secure = createBareApp({ db, version: 'test', auth: { secureCookie: true } });
		const res = await secure.post('/api/auth/login', {
			username: 'alice',
			password: TEST_PASSWORD
		});
		expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
	});
});

describe('CSRF on the session cookie', () => {
	it('refuses a cookie POST from another origin, or saying nothing, and takes same-origin ones', async () => {
		const cookie = await t.login('alice');
		const send = (headers: Record<string, string>) =>
			t.app.request('/api/auth/tokens', {
				method: 'POST',
				headers: { cookie, 'content-type': 'application/json', ...headers },
				body: JSON.stringify({ name: 'qgis' })
			});
		const evil = await send({ origin: 'https://evil.example' });
		expect(evil.status).toBe(403);
		expect((await evil.json()).error.code).toBe('csrf');
		expect((await send({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
		expect((await send({})).status).toBe(403);
		expect((await send({ origin: 'http://localhost' })).status).toBe(201);
		expect((await send({ 'sec-fetch-site': 'same-origin' })).status).toBe(201);
	});

	it('takes Bearer and Basic writes without an Origin (scripts, GDAL)', async () => {
		const cookie = await t.login('alice');
		const created = await t.post('/api/auth/tokens', { name: 'script' }, { cookie });
		const { token } = await created.json();
		const res = await t.app.request('/api/auth/tokens', {
			method: 'POST',
			headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
			body: JSON.stringify({ name: 'from a script' })
		});
		expect(res.status).toBe(201);
	});
});

describe('tokens and Basic', () => {
	it('accepts Basic with the password and with a token, Bearer, and refuses a revoked token', async () => {
		const cookie = await t.login('bob');
		const created = await t.post('/api/auth/tokens', { name: 'gdal' }, { cookie });
		expect(created.status).toBe(201);
		const token = await created.json();
		expect(token.token).toMatch(/^smp_/);
		const me = (authorization: string) =>
			t.app.request('/api/auth/me', { headers: { authorization } });
		expect((await me(basic('bob', TEST_PASSWORD))).status).toBe(200);
		expect((await me(basic('bob', TEST_PASSWORD))).status).toBe(200);
		expect((await me(basic('bob', token.token))).status).toBe(200);
		expect((await me(basic('alice', token.token))).status).toBe(401);
		expect((await me(`Bearer ${token.token}`)).status).toBe(200);
		const list = await t.app.request('/api/auth/tokens', { headers: { cookie } });
		const { tokens } = await list.json();
		expect(tokens.find((x: { id: string }) => x.id === token.id)).not.toHaveProperty('token');
		const revoked = await t.app.request(`/api/auth/tokens/${token.id}`, {
			method: 'DELETE',
			headers: { cookie, origin: 'http://localhost' }
		});
		expect(revoked.status).toBe(204);
		expect((await me(`Bearer ${token.token}`)).status).toBe(401);
		expect((await me(basic('bob', 'wrong password'))).status).toBe(401);
		const hashes = await db.query(
			`SELECT count(*) AS n FROM audit_log WHERE CAST(after AS VARCHAR) LIKE '%smp_%'`
		);
		expect(hashes[0].n).toBe(0);
	});
});
