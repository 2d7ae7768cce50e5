/**
 * The one error path (style.md §8): domain and route code throw these, `app.onError` turns
 * them into `{"error":{"code","message","details?"}}` with the status below.
 */
export class AppError extends Error {
	constructor(
		readonly status: 400 | 404 | 409 | 413 | 422 | 503,
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

/** The server is stopping: the request was not carried out and nothing was written. */
export class ShuttingDownError extends AppError {
	constructor() {
		super(503, 'shutting_down', 'SaniMap is restarting; nothing was saved. Try again in a moment.');
	}
}

export interface ErrorBody {
	error: { code: string; message: string; details?: unknown };
}

export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
	return { error: details === undefined ? { code, message } : { code, message, details } };
}
