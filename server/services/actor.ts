import type { Role } from '../contract/accounts';

/**
 * Who is acting on a request: the signed-in user, and where the request came from. Every
 * write takes one and records it in the audit log in the same transaction.
 */
export interface Actor {
	username: string;
	role: Role;
	/** Zone ids bounding an area-bound role; empty is the whole town. */
	zones: readonly string[];
	/** A sprayer's team (teams.id). */
	team: string | null;
	displayName: string;
	requestId: string;
	address: string | null;
	/** The session's stored id hash when the cookie signed the request in, else absent. */
	session?: string;
}

/** The actor of writes made outside any request: start-up (SANIMAP_ADMIN), `npm run user`. */
export function systemActor(what: string): Actor {
	return {
		username: `system:${what}`,
		role: 'admin',
		zones: [],
		team: null,
		displayName: what,
		requestId: `system-${crypto.randomUUID()}`,
		address: null
	};
}

/**
 * The actor of an anonymous resident's report (`POST /api/public/reports`): a system actor
 * named `system:resident` — the server writes on the resident's behalf, as it does for
 * start-up — carrying the request's id and address, so the audit row says where it came from.
 */
export function residentActor(requestId: string, address: string | null): Actor {
	return { ...systemActor('resident'), displayName: '居民', requestId, address };
}
