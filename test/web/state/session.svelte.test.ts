// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Me } from '../../../server/contract/accounts';
import { ApiError } from '../../../web/src/api/client';
import { rememberedUser } from '../../../web/src/state/remembered-user';
import { Session, type SessionApi } from '../../../web/src/state/session.svelte';

const PLANNER: Me = {
	username: 'demo-planner',
	role: 'planner',
	zones: [],
	displayName: '环卫办演示',
	team: null,
	demo: true
};

function api(me: () => Promise<Me>): SessionApi & { logouts: number } {
	const stub = {
		logouts: 0,
		me,
		logout: async () => {
			stub.logouts++;
		}
	};
	return stub;
}

describe('Session', () => {
	it('is loading until /api/auth/me answers, then signed in', async () => {
		let answer: (me: Me) => void = () => {};
		const session = new Session(api(() => new Promise((r) => (answer = r))));
		const loading = session.load();
		expect(session.state).toBe('loading');
		expect(session.me).toBeNull();
		answer(PLANNER);
		await loading;
		expect(session.state).toBe('signed_in');
		expect(session.me?.role).toBe('planner');
	});

	it('is signed out when /api/auth/me answers 401', async () => {
		const session = new Session(
			api(async () => {
				throw new ApiError(401, 'unauthenticated', 'sign in first');
			})
		);
		await session.load();
		expect(session.state).toBe('signed_out');
		expect(session.expired).toBe(false);
	});

	it('stays loading with the error when the server cannot be reached, and retries', async () => {
		let fail = true;
		const session = new Session(
			api(async () => {
				if (fail) throw new ApiError(0, 'network', 'fetch failed');
				return PLANNER;
			})
		);
		await session.load();
		expect(session.state).toBe('loading');
		expect(session.error?.code).toBe('network');
		fail = false;
		await session.load();
		expect(session.state).toBe('signed_in');
		expect(session.error).toBeNull();
	});

	it('expires a signed-in session on a 401 and says so; ignores it when signed out', async () => {
		const session = new Session(api(async () => PLANNER));
		await session.load();
		session.expire();
		expect(session.state).toBe('signed_out');
		expect(session.me).toBeNull();
		expect(session.expired).toBe(true);
		session.signedIn(PLANNER);
		expect(session.expired).toBe(false);
		expect(session.state).toBe('signed_in');
	});

	it('signs out on the server and here, even when the request fails', async () => {
		const stub = api(async () => PLANNER);
		stub.logout = async () => {
			stub.logouts++;
			throw new ApiError(0, 'network', 'offline');
		};
		const session = new Session(stub);
		await session.load();
		await session.signOut();
		expect(stub.logouts).toBe(1);
		expect(session.state).toBe('signed_out');
		expect(session.expired).toBe(false);
	});

	describe('offline, as the user last signed in (the phone page /m)', () => {
		function store() {
			const data = new Map<string, string>();
			return {
				data,
				getItem: (k: string) => data.get(k) ?? null,
				setItem: (k: string, v: string) => void data.set(k, v),
				removeItem: (k: string) => void data.delete(k)
			};
		}
		const offline = () => Promise.reject(new ApiError(0, 'network', 'fetch failed'));

		it('opens the phone page signed in when the network is gone, nowhere else', async () => {
			const storage = store();
			let phonePage = true;
			const remembered = rememberedUser(storage, () => phonePage);
			await new Session(
				api(async () => PLANNER),
				remembered
			).load();

			const onPhone = new Session(api(offline), remembered);
			await onPhone.load();
			expect(onPhone.state).toBe('signed_in');
			expect(onPhone.offline).toBe(true);
			expect(onPhone.me?.username).toBe('demo-planner');

			phonePage = false;
			const onMap = new Session(api(offline), remembered);
			await onMap.load();
			expect(onMap.state).toBe('loading');
			expect(onMap.error?.code).toBe('network');
		});

		it('forgets the user on a 401, an expiry and a sign-out; a server error is not offline', async () => {
			const storage = store();
			const remembered = rememberedUser(storage, () => true);
			await new Session(
				api(async () => PLANNER),
				remembered
			).load();
			const failing = new Session(
				api(() => Promise.reject(new ApiError(500, 'internal', 'boom'))),
				remembered
			);
			await failing.load();
			expect(failing.state).toBe('loading');

			const out = new Session(
				api(() => Promise.reject(new ApiError(401, 'unauthenticated', 'no'))),
				remembered
			);
			await out.load();
			expect(storage.data.size).toBe(0);

			const session = new Session(
				api(async () => PLANNER),
				remembered
			);
			await session.load();
			expect(storage.data.size).toBe(1);
			session.expire();
			expect(storage.data.size).toBe(0);
			await session.load();
			await session.signOut();
			expect(storage.data.size).toBe(0);
			const after = new Session(api(offline), remembered);
			await after.load();
			expect(after.state).toBe('loading');
		});
	});
});
