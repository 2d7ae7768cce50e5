import type { Database, Transaction } from '../db/database';
import { hashSecret, newSecret } from '../domain/accounts/secrets';
import { isStale, sessionExpiry, SESSION_RENEW_EVERY_MS } from '../domain/accounts/session-times';
import {
	buildDeleteExpiredSessionsQuery,
	buildDeleteSessionQuery,
	buildDeleteUserSessionsQuery,
	buildInsertSessionQuery,
	buildRenewSessionQuery,
	buildSessionQuery,
	type SessionRow
} from '../queries/sessions';
import type { AuthState } from './auth-state';

/** Where a sign-in came from, kept with the session. */
export interface RequestOrigin {
	address: string | null;
	userAgent: string | null;
}

/** Opens a session for `username` inside the sign-in's transaction; returns the cookie value. */
export async function startSession(
	tx: Transaction,
	auth: AuthState,
	username: string,
	origin: RequestOrigin
): Promise<string> {
	const secret = newSecret();
	const at = auth.local();
	const expired = buildDeleteExpiredSessionsQuery(at);
	await tx.run(expired.sql, expired.params);
	const insert = buildInsertSessionQuery({
		idHash: hashSecret(secret),
		username,
		at,
		expiresAt: sessionExpiry(at, at),
		address: origin.address,
		userAgent: origin.userAgent?.slice(0, 300) ?? null
	});
	await tx.run(insert.sql, insert.params);
	return secret;
}

/**
 * The user of a live session, renewing its idle expiry (written at most every
 * SESSION_RENEW_EVERY_MS); null for an unknown or expired session, which is deleted.
 */
export async function resumeSession(
	db: Database,
	auth: AuthState,
	secret: string
): Promise<{ username: string; idHash: string } | null> {
	const idHash = hashSecret(secret);
	const found = buildSessionQuery(idHash);
	const [session] = await db.query<SessionRow & Record<string, unknown>>(found.sql, found.params);
	if (!session) return null;
	const now = auth.local();
	if (session.expiresAt <= now) {
		const drop = buildDeleteSessionQuery(idHash);
		await db.transaction((tx) => tx.run(drop.sql, drop.params));
		return null;
	}
	if (isStale(session.lastSeenAt, now, SESSION_RENEW_EVERY_MS)) {
		const renew = buildRenewSessionQuery(idHash, now, sessionExpiry(session.createdAt, now));
		await db.transaction((tx) => tx.run(renew.sql, renew.params));
	}
	return { username: session.username, idHash };
}

export async function deleteSession(tx: Transaction, idHash: string): Promise<void> {
	const drop = buildDeleteSessionQuery(idHash);
	await tx.run(drop.sql, drop.params);
}

/** Ends every session of a user, or every one but `keep` (the session changing its password). */
export async function endUserSessions(
	tx: Transaction,
	username: string,
	keep: string | null = null
): Promise<void> {
	const drop = buildDeleteUserSessionsQuery(username, keep);
	await tx.run(drop.sql, drop.params);
}
