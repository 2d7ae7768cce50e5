import type { MiddlewareHandler } from 'hono';
import { every } from 'hono/combine';
import { allows, permissionFor } from '../contract/permissions';
import type { Database } from '../db/database';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { AuthEnv } from '../routes/http/auth-env';
import type { AuthState } from '../services/auth-state';
import { csrfGuard } from './csrf';
import { identifyCaller } from './identify';

/** Paths the permission table governs; everything else (the dashboard's files) is public. */
const GUARDED = /^\/(api|ogc)(\/|$)/;

/**
 * Authentication for /api and /ogc (issue 13): who is calling (identify.ts), CSRF for the
 * cookie (csrf.ts), then the permission table (below).
 */
export function authenticate(db: Database, auth: AuthState): MiddlewareHandler<AuthEnv> {
	const guard = every(identifyCaller(db, auth), csrfGuard(), authorise());
	return (c, next) => (GUARDED.test(c.req.path) ? guard(c, next) : next());
}

/**
 * 401 when a route needs a user and none came; 403 when the role is not in the route's row. A
 * path no row names falls through to the router's 404, for signed-in callers only.
 */
export function authorise(): MiddlewareHandler<AuthEnv> {
	return async (c, next) => {
		const permission = permissionFor(c.req.method, c.req.path);
		if (permission?.access === 'anonymous') return next();
		const actor = c.get('actor');
		if (!actor) throw new UnauthenticatedError('请先登录 (sign in first).');
		if (permission && !allows(permission, actor.role))
			throw new ForbiddenError('您的角色无权进行此操作 (your role may not do this).');
		return next();
	};
}
