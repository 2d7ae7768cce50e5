import type { Me, Role } from '../contract/accounts';
import type { Database } from '../db/database';
import { dummyVerify, verifyPassword } from '../domain/accounts/passwords';
import { throttleKeys, tooManyAttemptsMessage } from '../domain/accounts/login-throttle';
import { InvalidCredentialsError, NotFoundError, TooManyAttemptsError } from '../errors';
import { buildLastLoginQuery } from '../queries/accounts';
import { actorOf, findUser, isSyntheticDataset, toMe, type RequestInfo } from './account-records';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import type { AuthState } from './auth-state';
import { deleteSession, startSession } from './sessions';

export interface SignInRequest extends RequestInfo {
	userAgent: string | null;
}

export interface SignedIn {
	me: Me;
	/** The session cookie's value. */
	session: string;
}

/** 429 when the account or the address must still wait after repeated failures. */
export function checkThrottle(auth: AuthState, username: string, address: string | null): void {
	const wait = auth.throttle.waitSeconds(throttleKeys(username, address));
	if (wait > 0) throw new TooManyAttemptsError(tooManyAttemptsMessage(wait), wait);
}

/**
 * The user whose password this is, or a 401 that is the same for an unknown user, a wrong
 * password and a disabled account (an unknown user costs a dummy scrypt, so timing is equal).
 * Failures count towards the throttle; success clears it.
 */
export async function checkPassword(
	db: Database,
	auth: AuthState,
	username: string,
	password: string,
	request: RequestInfo
): Promise<Actor> {
	checkThrottle(auth, username, request.address);
	const keys = throttleKeys(username, request.address);
	const user = await findUser(db, username);
	const ok = user ? await verifyPassword(password, user.passwordHash) : await dummyVerify(password);
	const actor = ok && user ? actorOf(user, request) : null;
	if (!actor) {
		auth.throttle.fail(keys);
		throw new InvalidCredentialsError();
	}
	auth.throttle.succeed(keys);
	return actor;
}

/** `POST /api/auth/login`: checks the password, opens a session, audits `auth.login`. */
export async function signIn(
	db: Database,
	auth: AuthState,
	credentials: { username: string; password: string },
	request: SignInRequest
): Promise<SignedIn> {
	const actor = await checkPassword(db, auth, credentials.username, credentials.password, request);
	return openSession(db, auth, actor, request, 'password');
}

/** `POST /api/auth/demo`: signs in as `demo-<role>` on a synthetic data set only (else 404). */
export async function signInDemo(
	db: Database,
	auth: AuthState,
	role: Role,
	request: SignInRequest
): Promise<SignedIn> {
	const user = (await isSyntheticDataset(db)) ? await findUser(db, `demo-${role}`) : undefined;
	const actor = user ? actorOf(user, request) : null;
	if (!actor) throw new NotFoundError('demo sign-in is offered on the synthetic demo town only');
	return openSession(db, auth, actor, request, 'demo');
}

/** Opens a session for a checked actor in one audited write (`auth.login`). */
export async function openSession(
	db: Database,
	auth: AuthState,
	actor: Actor,
	request: SignInRequest,
	method: 'password' | 'demo' | 'setup'
): Promise<SignedIn> {
	const session = await db.transaction(async (tx) => {
		const secret = await startSession(tx, auth, actor.username, request);
		const last = buildLastLoginQuery(actor.username, auth.local());
		await tx.run(last.sql, last.params);
		await recordAudit(tx, actor, {
			action: 'auth.login',
			entity: 'session',
			entityId: null,
			after: { method }
		});
		return secret;
	});
	return { me: toMe(actor, await isSyntheticDataset(db)), session };
}

/** `POST /api/auth/logout`: ends the cookie's session (if any) and audits `auth.logout`. */
export async function signOut(db: Database, actor: Actor | undefined): Promise<void> {
	if (!actor?.session) return;
	const session = actor.session;
	await db.transaction(async (tx) => {
		await deleteSession(tx, session);
		await recordAudit(tx, actor, { action: 'auth.logout', entity: 'session', entityId: null });
	});
}
