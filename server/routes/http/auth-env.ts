import type { Actor } from '../../services/actor';

/**
 * Hono's context variables once authentication ran: `c.get('actor')` is the signed-in user
 * on every route the permission table does not open to anonymous callers; `via` says how
 * they signed in (the CSRF check applies to the cookie only).
 */
export interface AuthEnv {
	Variables: {
		actor: Actor;
		via: 'cookie' | 'header' | null;
		requestId: string;
		address: string | null;
	};
}
