// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Me } from '../../../server/contract/accounts';
import { ApiError } from '../../../web/src/api/client';
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
});
