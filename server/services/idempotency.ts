/**
 * Answers a write once per `Idempotency-Key`: the first answer to a user's request is stored
 * under (user, key) in the write's own transaction, and a resend with the same key gets that
 * answer back without writing again (phones resend after a lost reply). Without a key both
 * do nothing.
 */
import type { Transaction } from '../db/database';
import { IDEMPOTENT_RESPONSE_SQL, INSERT_IDEMPOTENT_RESPONSE_SQL } from '../queries/case-settings';

export interface StoredResponse {
	status: number;
	body: unknown;
}

/** The stored answer to a user's earlier request with this key, if any. */
export async function replayIdempotentResponse(
	db: Pick<Transaction, 'query'>,
	username: string,
	key: string | undefined
): Promise<StoredResponse | null> {
	if (!key) return null;
	const [hit] = await db.query<{ status: number; response: string }>(IDEMPOTENT_RESPONSE_SQL, {
		username,
		key
	});
	return hit ? { status: hit.status, body: JSON.parse(hit.response) } : null;
}

/** Stores the answer under the user's key inside the write's transaction; returns it. */
export async function storeIdempotentResponse<R extends StoredResponse>(
	tx: Pick<Transaction, 'run'>,
	username: string,
	key: string | undefined,
	response: R
): Promise<R> {
	if (key) {
		await tx.run(INSERT_IDEMPOTENT_RESPONSE_SQL, {
			username,
			key,
			status: response.status,
			response: JSON.stringify(response.body)
		});
	}
	return response;
}
