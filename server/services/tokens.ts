import type { CreatedToken, TokenList, TokenRecord } from '../contract/accounts';
import { quoteValue } from '../contract/quote';
import type { Database } from '../db/database';
import { hashSecret, newSecret } from '../domain/accounts/secrets';
import { isStale, TOKEN_TOUCH_EVERY_MS } from '../domain/accounts/session-times';
import { NotFoundError } from '../errors';
import {
	buildInsertTokenQuery,
	buildRevokeTokenQuery,
	buildTokenByHashQuery,
	buildTokenQuery,
	buildTokensQuery,
	buildTokenUsedQuery
} from '../queries/tokens';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import type { AuthState } from './auth-state';

type TokenRow = TokenRecord & Record<string, unknown>;

/** Every token starts so: Basic tells a token from a password without a scrypt, and secret scanners spot a leaked one. */
export const TOKEN_PREFIX = 'smp_';

/** A user's own tokens, or everyone's when `username` is null (the admin page). */
export async function listTokens(db: Database, username: string | null): Promise<TokenList> {
	const { sql, params } = buildTokensQuery(username);
	return { tokens: await db.query<TokenRow>(sql, params) };
}

/** A new personal access token for the actor; the secret is returned this once, stored hashed. */
export async function createToken(
	db: Database,
	auth: AuthState,
	actor: Actor,
	name: string
): Promise<CreatedToken> {
	const token = `${TOKEN_PREFIX}${newSecret()}`;
	const id = crypto.randomUUID();
	return db.transaction(async (tx) => {
		const insert = buildInsertTokenQuery({
			id,
			username: actor.username,
			name,
			hash: hashSecret(token),
			at: auth.local()
		});
		await tx.run(insert.sql, insert.params);
		const found = buildTokenQuery(id);
		const [record] = await tx.query<TokenRow>(found.sql, found.params);
		await recordAudit(tx, actor, {
			action: 'token.create',
			entity: 'token',
			entityId: id,
			after: record
		});
		return { ...record, token };
	});
}

/**
 * Revokes a token; `owner` limits it to that user's tokens (a user's own page), null lets
 * the admin revoke any. 404 for a token that is not there (or not theirs).
 */
export async function revokeToken(
	db: Database,
	auth: AuthState,
	actor: Actor,
	id: string,
	owner: string | null
): Promise<void> {
	await db.transaction(async (tx) => {
		const found = buildTokenQuery(id);
		const [before] = await tx.query<TokenRow>(found.sql, found.params);
		if (!before || (owner !== null && before.username !== owner))
			throw new NotFoundError(`no token ${quoteValue(id)}`);
		const revoke = buildRevokeTokenQuery(id, auth.local());
		await tx.run(revoke.sql, revoke.params);
		const [after] = await tx.query<TokenRow>(found.sql, found.params);
		await recordAudit(tx, actor, {
			action: 'token.revoke',
			entity: 'token',
			entityId: id,
			before,
			after
		});
	});
}

/** The owner of a live token, noting its use at most every TOKEN_TOUCH_EVERY_MS. */
export async function useToken(
	db: Database,
	auth: AuthState,
	secret: string
): Promise<string | null> {
	const found = buildTokenByHashQuery(hashSecret(secret));
	const [token] = await db.query<TokenRow>(found.sql, found.params);
	if (!token) return null;
	const now = auth.local();
	if (isStale(token.lastUsedAt, now, TOKEN_TOUCH_EVERY_MS)) {
		const touch = buildTokenUsedQuery(token.id, now);
		await db.transaction((tx) => tx.run(touch.sql, touch.params));
	}
	return token.username;
}
