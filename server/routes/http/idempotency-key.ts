import type { Context } from 'hono';
import { MAX_IDEMPOTENCY_KEY_CHARS } from '../../contract/cases';
import { BadRequestError } from '../../errors';

/** The request's `Idempotency-Key` (a phone's resend of an outbox item), if it sent one. */
export function idempotencyKey(c: Context): string | undefined {
	const key = c.req.header('idempotency-key')?.trim();
	if (key === undefined || key === '') return undefined;
	if (key.length > MAX_IDEMPOTENCY_KEY_CHARS) {
		throw new BadRequestError(
			`Idempotency-Key must be at most ${MAX_IDEMPOTENCY_KEY_CHARS} characters`
		);
	}
	return key;
}
