import type { SqlQuery } from './layers';

export interface SessionRow {
	username: string;
	createdAt: string;
	lastSeenAt: string;
	expiresAt: string;
}

export function buildSessionQuery(idHash: string): SqlQuery {
	return {
		sql: `SELECT username, strftime(created_at, '%Y-%m-%dT%H:%M:%S') AS "createdAt",
			strftime(last_seen_at, '%Y-%m-%dT%H:%M:%S') AS "lastSeenAt",
			strftime(expires_at, '%Y-%m-%dT%H:%M:%S') AS "expiresAt"
			FROM sessions WHERE id_hash = $idHash`,
		params: { idHash }
	};
}

export function buildInsertSessionQuery(s: {
	idHash: string;
	username: string;
	at: string;
	expiresAt: string;
	address: string | null;
	userAgent: string | null;
}): SqlQuery {
	return {
		sql: `INSERT INTO sessions VALUES ($idHash, $username, CAST($at AS TIMESTAMP), CAST($at AS TIMESTAMP),
			CAST($expiresAt AS TIMESTAMP), $address, $userAgent)`,
		params: { ...s }
	};
}

export function buildRenewSessionQuery(idHash: string, at: string, expiresAt: string): SqlQuery {
	return {
		sql: `UPDATE sessions SET last_seen_at = CAST($at AS TIMESTAMP), expires_at = CAST($expiresAt AS TIMESTAMP)
			WHERE id_hash = $idHash`,
		params: { idHash, at, expiresAt }
	};
}

export function buildDeleteSessionQuery(idHash: string): SqlQuery {
	return { sql: 'DELETE FROM sessions WHERE id_hash = $idHash', params: { idHash } };
}

/** Ends a user's sessions, all of them or all but `keep` (the one changing its password). */
export function buildDeleteUserSessionsQuery(username: string, keep: string | null): SqlQuery {
	return {
		sql: `DELETE FROM sessions WHERE username = $username AND id_hash IS DISTINCT FROM $keep`,
		params: { username, keep }
	};
}

/** Sessions past their expiry, swept at sign-in so the table does not grow. */
export function buildDeleteExpiredSessionsQuery(at: string): SqlQuery {
	return { sql: 'DELETE FROM sessions WHERE expires_at <= CAST($at AS TIMESTAMP)', params: { at } };
}
