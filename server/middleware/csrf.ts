import type { MiddlewareHandler } from 'hono';
import { ForbiddenError } from '../errors';
import type { AuthEnv } from '../routes/http/auth-env';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF (design.md §3 Accounts): an unsafe request signed in by the session cookie must say it
 * comes from this origin — `Sec-Fetch-Site: same-origin` (or `none`, typed by the user) or an
 * `Origin` whose host is the Host header. Requests with Basic or Bearer carry no ambient
 * credentials and pass; an anonymous one (a sign-in) is refused only when it names another site.
 */
export function csrfGuard(): MiddlewareHandler<AuthEnv> {
	return async (c, next) => {
		const via = c.get('via');
		if (!UNSAFE.has(c.req.method) || via === 'header') return next();
		const site = c.req.header('sec-fetch-site');
		const origin = c.req.header('origin');
		const host = c.req.header('host') ?? new URL(c.req.url).host;
		const sameSite = site === 'same-origin' || site === 'none';
		const sameOrigin = origin !== undefined && hostOf(origin) === host;
		const crossSite = (site !== undefined && !sameSite) || (origin !== undefined && !sameOrigin);
		const vouched = (sameSite || sameOrigin) && !crossSite;
		if (via === 'cookie' ? !vouched : crossSite)
			throw new ForbiddenError(
				'请求来源不是本站，已拒绝 (cross-site request refused: unsafe requests must come from this site).',
				'csrf'
			);
		return next();
	};
}

function hostOf(origin: string): string | null {
	try {
		return new URL(origin).host;
	} catch {
		return null;
	}
}
