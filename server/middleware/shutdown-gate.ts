import type { MiddlewareHandler } from 'hono';
import { errorBody, SHUTDOWN_RETRY_AFTER_S as RETRY_AFTER_S } from '../errors';

/**
 * From the stop signal on, answers that arrive are refused with 503 and every answer carries
 * `Connection: close`, so keep-alive clients let go of their sockets instead of sending more
 * requests into a server that is going away.
 */
export class ShutdownGate {
	private stopping = false;

	begin(): void {
		this.stopping = true;
	}

	get isStopping(): boolean {
		return this.stopping;
	}

	middleware(): MiddlewareHandler {
		return async (c, next) => {
			if (this.stopping) {
				c.header('Connection', 'close');
				c.header('Retry-After', String(RETRY_AFTER_S));
				return c.json(
					errorBody('shutting_down', 'SaniMap is restarting. Try again in a moment.'),
					503
				);
			}
			await next();
			if (this.stopping) c.header('Connection', 'close');
		};
	}
}
