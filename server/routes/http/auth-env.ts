import type { Actor } from '../../services/actor';

/**
 * Hono's context variables once authentication ran: `c.get('actor')` is the signed-in user
 * on every route the permission table does not open to anonymous callers.
 */
export interface AuthEnv {
	Variables: {
		actor: Actor;
	};
}
