import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PayloadTooLargeError } from '../errors';

/**
 * Largest request body outside the imports (which keep their own UPLOAD_LIMIT_BYTES): a
 * thresholds table, a plan of 500 stops or a survey sheet of 10,000 records fits with room.
 */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/** Refuses a body over MAX_JSON_BODY_BYTES with 413 before it is read whole. */
export function jsonBodyLimit(): MiddlewareHandler {
	return bodyLimit({
		maxSize: MAX_JSON_BODY_BYTES,
		onError: () => {
			throw new PayloadTooLargeError(
				`the request body is over the limit of ${MAX_JSON_BODY_BYTES} bytes`,
				{ limit: MAX_JSON_BODY_BYTES }
			);
		}
	});
}
