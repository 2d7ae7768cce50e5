import { createApp, type AppOptions } from '../../server/app';
import { SESSION_COOKIE, type Role } from '../../server/contract/accounts';
import type { Database } from '../../server/db/database';
import { systemActor } from '../../server/services/actor';
import { AuthState } from '../../server/services/auth-state';
import { createUser } from '../../server/services/users';
import { createEmptyStore } from './mini-town';

export const TEST_PASSWORD = 'correct horse battery';

/** Adds a user with a real scrypt password through the accounts service. */
export async function addUser(
	db: Database,
	user: {
		username: string;
		role: Role;
		zones?: string[];
		team?: string | null;
		phone?: string | null;
	}
): Promise<void> {
	await createUser(db, new AuthState(), systemActor('test'), {
		displayName: user.username,
		zones: [],
		team: null,
		phone: null,
		...user,
		password: TEST_PASSWORD
	});
}

/** The app with no test sign-in, plus helpers to sign in by cookie as a browser does. */
export function createBareApp(options: AppOptions) {
	const app = createApp(options);
	const origin = { origin: 'http://localhost', 'content-type': 'application/json' };
	const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
		app.request(path, {
			method: 'POST',
			headers: { ...origin, ...headers },
			body: JSON.stringify(body)
		});
	async function login(username: string, password = TEST_PASSWORD): Promise<string> {
		const res = await post('/api/auth/login', { username, password });
		if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
		return cookieOf(res);
	}
	return { app, post, login };
}

/** `sanimap_session=…` from a response's Set-Cookie, for the next request's Cookie header. */
export function cookieOf(res: Response): string {
	const set = res.headers.get('set-cookie') ?? '';
	const match = new RegExp(`${SESSION_COOKIE}=([^;]*)`).exec(set);
	if (!match) throw new Error(`no session cookie in ${set}`);
	return `${SESSION_COOKIE}=${match[1]}`;
}

export function basic(username: string, secret: string): string {
	return `Basic ${Buffer.from(`${username}:${secret}`).toString('base64')}`;
}

/** An empty store and a bare app on a clock the test moves (`advance(ms)`), from 2024-05-10 08:00. */
export async function createClockedApp() {
	const db = await createEmptyStore();
	let clock = Date.parse('2024-05-10T08:00:00+08:00');
	const t = createBareApp({ db, version: 'test', auth: { now: () => new Date(clock) } });
	return { db, t, advance: (ms: number) => void (clock += ms) };
}
