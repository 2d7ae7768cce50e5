/**
 * The one error path (style.md §8): domain and route code throw these, `app.onError` turns
 * them into `{"error":{"code","message","details?"}}` with the status below.
 */
export class AppError extends Error {
	constructor(
		readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503,
		readonly code: string,
		message: string,
		readonly details?: unknown
	) {
		super(message);
		this.name = new.target.name;
	}
}

export class BadRequestError extends AppError {
	constructor(message: string, details?: unknown) {
		super(400, 'invalid_parameter', message, details);
	}
}

/** No valid session, token or password came with a request that needs one. */
export class UnauthenticatedError extends AppError {
	constructor(message: string) {
		super(401, 'unauthenticated', message);
	}
}

/** The signed-in user's role, zones or team do not allow this. */
export class ForbiddenError extends AppError {
	constructor(message: string, code = 'forbidden') {
		super(403, code, message);
	}
}

export class NotFoundError extends AppError {
	constructor(message: string) {
		super(404, 'not_found', message);
	}
}

export class PayloadTooLargeError extends AppError {
	constructor(message: string, details?: unknown) {
		super(413, 'too_large', message, details);
	}
}

/** A 503 that tells the client when to come back (`Retry-After`, in seconds). */
export class RetryLaterError extends AppError {
	constructor(
		code: string,
		message: string,
		readonly retryAfterS: number,
		details?: unknown
	) {
		super(503, code, message, details);
	}
}

/** The server is stopping: the request was not carried out and nothing was written. */
export class ShuttingDownError extends RetryLaterError {
	constructor() {
		super(
			'shutting_down',
			'SaniMap is restarting; nothing was saved. Try again in a moment.',
			SHUTDOWN_RETRY_AFTER_S
		);
	}
}

/** What a client is told to wait before retrying once the server has begun to stop. */
export const SHUTDOWN_RETRY_AFTER_S = 5;

/** Every worker is busy and the queue of heavy jobs is full: nothing was done. */
export class BusyError extends RetryLaterError {
	constructor(retryAfterS: number) {
		super(
			'busy',
			`SaniMap is busy with other plans, imports or exports; nothing was done. Try again in ${retryAfterS} s.`,
			retryAfterS,
			{ retryAfterS }
		);
	}
}

export interface ErrorBody {
	error: { code: string; message: string; details?: unknown };
}

export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
	return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** A sign-in with an unknown user, a wrong password or a disabled account: one answer for all. */
export class InvalidCredentialsError extends AppError {
	constructor() {
		super(401, 'invalid_credentials', '用户名或密码不正确 (wrong username or password).');
	}
}

/** Too many failed sign-ins for an account or an address: wait `retryAfterS` (Retry-After). */
export class TooManyAttemptsError extends AppError {
	constructor(
		message: string,
		readonly retryAfterS: number
	) {
		super(429, 'too_many_attempts', message, { retryAfterS });
	}
}

/** The request conflicts with the stored state (a taken name, the last admin). */
export class ConflictError extends AppError {
	constructor(message: string, code = 'conflict') {
		super(409, code, message);
	}
}
