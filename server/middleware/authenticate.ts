import type { MiddlewareHandler } from 'hono';
import type { Database } from '../db/database';
import { ROLES, type Role } from '../contract/accounts';
import { allows, permissionFor } from '../contract/permissions';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { hashSecret } from '../domain/accounts/secrets';
import type { Actor } from '../services/actor';
import type { AuthEnv } from '../routes/http/auth-env';

/** Paths the permission table governs; everything else (the dashboard's files) is public. */
const GUARDED = /^\/(api|ogc)(\/|$)/;

type TokenUser = {
	username: string;
	role: string;
	zones: string[];
	team_id: string | null;
	display_name: string;
};

/**
 * Who is calling, then whether the permission table lets them (issue 13). 401 when a guarded
 * route needs a user and none came; 403 when the role is not in the route's row. A path no
 * row names falls through to the 404 of the router, for signed-in callers only.
 */
export function authenticate(db: Database): MiddlewareHandler<AuthEnv> {
	return async (c, next) => {
		if (!GUARDED.test(c.req.path)) return next();
		const actor = await identify(db, c.req.header('authorization'), {
			requestId: crypto.randomUUID(),
			address: null
		});
		if (actor) c.set('actor', actor);
		const permission = permissionFor(c.req.method, c.req.path);
		if (permission?.access === 'anonymous') return next();
		if (!actor) throw new UnauthenticatedError('请先登录 (sign in first).');
		if (permission && !allows(permission, actor.role))
			throw new ForbiddenError('您的角色无权进行此操作 (your role may not do this).');
		return next();
	};
}

async function identify(
	db: Database,
	authorization: string | undefined,
	request: { requestId: string; address: string | null }
): Promise<Actor | null> {
	const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
	if (!bearer) return null;
	const [user] = await db.query<TokenUser>(
		`SELECT u.username, u.role, u.zones, u.team_id, u.display_name
		 FROM api_tokens t JOIN users u USING (username)
		 WHERE t.token_hash = $hash AND t.revoked_at IS NULL AND NOT u.disabled`,
		{ hash: hashSecret(bearer[1]) }
	);
	if (!user || !ROLES.includes(user.role as Role)) return null;
	return {
		username: user.username,
		role: user.role as Role,
		zones: user.zones,
		team: user.team_id,
		displayName: user.display_name,
		...request
	};
}
