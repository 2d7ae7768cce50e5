import type { Database } from '../db/database';
import { actorOf, findUser, type RequestInfo } from './account-records';
import type { Actor } from './actor';
import type { AuthState } from './auth-state';
import { resumeSession } from './sessions';
import { checkPassword } from './sign-in';
import { TOKEN_PREFIX, useToken } from './tokens';

/** What a request presented: the session cookie, a Bearer token, or Basic name and secret. */
export type Credentials =
	| { kind: 'session'; secret: string }
	| { kind: 'bearer'; token: string }
	| { kind: 'basic'; username: string; password: string };

/**
 * The actor behind credentials, or null when they name no live session, token or enabled
 * user. Basic with a wrong password is a 401 (or 429 when throttled), as a sign-in is; a
 * Basic password that checked is remembered for CREDENTIAL_CACHE_TTL_MS (no scrypt per page).
 */
export async function identify(
	db: Database,
	auth: AuthState,
	credentials: Credentials,
	request: RequestInfo
): Promise<Actor | null> {
	if (credentials.kind === 'session') {
		const session = await resumeSession(db, auth, credentials.secret);
		return session ? userActor(db, session.username, request, session.idHash) : null;
	}
	if (credentials.kind === 'bearer') {
		const owner = await useToken(db, auth, credentials.token);
		return owner ? userActor(db, owner, request) : null;
	}
	const { username, password } = credentials;
	if (password.startsWith(TOKEN_PREFIX)) {
		const owner = await useToken(db, auth, password);
		if (owner === username) return userActor(db, owner, request);
	}
	if (auth.credentials.has(username, password)) return userActor(db, username, request);
	const actor = await checkPassword(db, auth, username, password, request);
	auth.credentials.add(username, password);
	return actor;
}

async function userActor(
	db: Database,
	username: string,
	request: RequestInfo,
	session?: string
): Promise<Actor | null> {
	const user = await findUser(db, username);
	return user ? actorOf(user, request, session) : null;
}
