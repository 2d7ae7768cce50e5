import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { addUser, createClockedApp, TEST_PASSWORD } from '../../helpers/accounts';

let db: Database;
let t: Awaited<ReturnType<typeof createClockedApp>>['t'];
let advance: (ms: number) => void;

beforeAll(async () => {
	({ db, t, advance } = await createClockedApp());
	for (const username of ['erin', 'fay', 'gus']) await addUser(db, { username, role: 'leader' });
});

/** A sign-in from `address` (the socket's remote address, as @hono/node-server gives it). */
function login(username: string, password: string, address = '10.0.0.1') {
	return t.app.request(
		'/api/auth/login',
		{
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ username, password })
		},
		{ incoming: { socket: { remoteAddress: address } } }
	);
}

describe('login throttle', () => {
	it('answers 429 with Retry-After and a Chinese message after 5 failures, then lets the right password in', async () => {
		for (let i = 0; i < 5; i++)
			expect((await login('erin', 'wrong', `10.1.0.${i}`)).status).toBe(401);
		const refused = await login('erin', TEST_PASSWORD, '10.1.0.9');
		expect(refused.status).toBe(429);
		expect(refused.headers.get('retry-after')).toBe('30');
		const body = await refused.json();
		expect(body.error).toMatchObject({
			code: 'too_many_attempts',
			message: '登录失败次数过多，请 30 秒后再试。'
		});
		advance(31_000);
		expect((await login('erin', TEST_PASSWORD, '10.1.0.9')).status).toBe(200);
		// Success cleared the account: one new failure is a plain 401.
		expect((await login('erin', 'wrong', '10.1.0.9')).status).toBe(401);
	});

	it('doubles the wait for each further failure', async () => {
		for (let i = 0; i < 5; i++) await login('fay', 'wrong', `10.2.0.${i}`);
		advance(31_000);
		const sixth = await login('fay', 'wrong', '10.2.0.9');
		expect(sixth.status).toBe(401);
		const res = await login('fay', TEST_PASSWORD, '10.2.0.9');
		expect(res.status).toBe(429);
		expect(res.headers.get('retry-after')).toBe('60');
		expect((await res.json()).error.message).toBe('登录失败次数过多，请 1 分钟后再试。');
	});

	it('counts per address across accounts', async () => {
		for (let i = 0; i < 5; i++) await login(`nobody${i}`, 'wrong', '10.3.0.1');
		expect((await login('gus', TEST_PASSWORD, '10.3.0.1')).status).toBe(429);
		expect((await login('gus', TEST_PASSWORD, '10.3.0.2')).status).toBe(200);
	});
});
