import type { SqlQuery } from './layers';

const TOKEN_COLUMNS = `id, username, name, strftime(created_at, '%Y-%m-%dT%H:%M:%S') AS "createdAt",
	strftime(last_used_at, '%Y-%m-%dT%H:%M:%S') AS "lastUsedAt",
	strftime(revoked_at, '%Y-%m-%dT%H:%M:%S') AS "revokedAt"`;

/** Tokens of one user, or of everyone when `username` is null; newest first. */
export function buildTokensQuery(username: string | null): SqlQuery {
	return {
		sql: `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE $username IS NULL OR username = $username
			ORDER BY created_at DESC, id`,
		params: { username }
	};
}

export function buildTokenQuery(id: string): SqlQuery {
	return { sql: `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE id = $id`, params: { id } };
}

/** The live token with this hash and its user's name, if any. */
export function buildTokenByHashQuery(hash: string): SqlQuery {
	return {
		sql: `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE token_hash = $hash AND revoked_at IS NULL`,
		params: { hash }
	};
}

export function buildInsertTokenQuery(t: {
	id: string;
	username: string;
	name: string;
	hash: string;
	at: string;
}): SqlQuery {
	return {
		sql: `INSERT INTO api_tokens (id, username, name, token_hash, created_at)
			VALUES ($id, $username, $name, $hash, CAST($at AS TIMESTAMP))`,
		params: { ...t }
	};
}

export function buildRevokeTokenQuery(id: string, at: string): SqlQuery {
	return {
		sql: 'UPDATE api_tokens SET revoked_at = CAST($at AS TIMESTAMP) WHERE id = $id AND revoked_at IS NULL',
		params: { id, at }
	};
}

export function buildTokenUsedQuery(id: string, at: string): SqlQuery {
	return {
		sql: 'UPDATE api_tokens SET last_used_at = CAST($at AS TIMESTAMP) WHERE id = $id',
		params: { id, at }
	};
}
