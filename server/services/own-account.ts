import { timingSafeEqual } from 'node:crypto';
import type { Database } from '../db/database';
import { hashPassword, verifyPassword } from '../domain/accounts/passwords';
import { throttleKeys } from '../domain/accounts/login-throttle';
import { ForbiddenError, NotFoundError } from '../errors';
import { actorOf, findUser } from './account-records';
import type { Actor } from './actor';
import { systemActor } from './actor';
import type { AuthState } from './auth-state';
import { checkThrottle, openSession, type SignedIn, type SignInRequest } from './sign-in';
import { countUsers, insertUser, setPassword } from './users';

/**
 * `POST /api/auth/password`: the user's own change. A wrong current password is a 403 (the
 * user stays signed in) and counts towards the sign-in throttle; the user's other sessions end.
 */
export async function changeOwnPassword(
	db: Database,
	auth: AuthState,
	actor: Actor,
	current: string,
	next: string
): Promise<void> {
	checkThrottle(auth, actor.username, actor.address);
	const keys = throttleKeys(actor.username, actor.address);
	const user = await findUser(db, actor.username);
	if (!user || !(await verifyPassword(current, user.passwordHash))) {
		auth.throttle.fail(keys);
		throw new ForbiddenError('当前密码不正确 (the current password is wrong).', 'wrong_password');
	}
	auth.throttle.succeed(keys);
	await setPassword(db, auth, actor, actor.username, next, 'user.password_change');
}

/**
 * `POST /api/auth/setup`: the first admin, while no user exists, with the token of the link
 * printed at start (404 once anyone exists or no link was printed, 403 for a wrong token).
 */
export async function setUpFirstAdmin(
	db: Database,
	auth: AuthState,
	body: { token: string; username: string; displayName: string; password: string },
	request: SignInRequest
): Promise<SignedIn> {
	const expected = auth.setupToken;
	if (!expected || (await countUsers(db)) > 0) throw new NotFoundError('SaniMap is set up already');
	if (!sameText(body.token, expected))
		throw new ForbiddenError(
			'this setup link is not valid; use the one printed at start',
			'invalid_setup_token'
		);
	const hash = await hashPassword(body.password);
	const fields = { ...body, role: 'admin' as const, zones: [], team: null, phone: null };
	const system = { ...systemActor('setup'), ...request };
	await db.transaction(async (tx) => {
		if ((await countUsers(tx)) > 0) throw new NotFoundError('SaniMap is set up already');
		await insertUser(tx, system, fields, hash, auth.local());
	});
	auth.setupToken = null;
	const actor = actorOf((await findUser(db, body.username))!, request)!;
	return openSession(db, auth, actor, request, 'setup');
}

function sameText(a: string, b: string): boolean {
	const x = Buffer.from(a);
	const y = Buffer.from(b);
	return x.length === y.length && timingSafeEqual(x, y);
}
