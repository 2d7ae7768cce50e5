import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import {
	AppError,
	errorBody,
	RetryLaterError,
	TooManyAttemptsError,
	type ErrorBody
} from '../../errors';

/**
 * The one answer to an unexpected error: logged in full under a new request id, while the
 * body carries only that id, never a stack or SQL (style.md §8).
 */
export function reportInternalError(c: Context, error: unknown): ErrorBody {
	// The id sent as X-Request-Id and written to the audit log, when authentication ran.
	const requestId = (c.get('requestId') as string | undefined) ?? crypto.randomUUID();
	console.error(`[${requestId}] ${c.req.method} ${c.req.path}:`, error);
	return errorBody('internal', 'SaniMap hit an unexpected error; report this request id.', {
		requestId
	});
}

/** `app.onError`: AppError by its status, Hono's own refusals as 400s, anything else 500. */
export function handleError(error: Error, c: Context): Response {
	if (error instanceof RetryLaterError || error instanceof TooManyAttemptsError)
		c.header('Retry-After', String(error.retryAfterS));
	if (error instanceof AppError) {
		return c.json(errorBody(error.code, error.message, error.details), error.status);
	}
	if (error instanceof HTTPException && error.status < 500) {
		// Hono's own refusals, such as a JSON body that does not parse.
		return c.json(errorBody('bad_request', error.message), error.status);
	}
	return c.json(reportInternalError(c, error), 500);
}
