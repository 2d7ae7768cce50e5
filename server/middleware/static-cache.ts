import type { MiddlewareHandler } from 'hono';

/** A year: Vite names every file under /assets/ by its content hash, so it never changes. */
export const HASHED_ASSET_MAX_AGE_S = 365 * 24 * 3600;

/**
 * Long-lived caching for hashed assets; the app shell (index.html and client routes) is
 * revalidated on every load so a new build reaches users at once.
 */
export function staticCache(): MiddlewareHandler {
	return async (c, next) => {
		await next();
		if (c.res.status !== 200 || /^\/(api|ogc)(\/|$)/.test(c.req.path)) return;
		const hashed = c.req.path.startsWith('/assets/');
		c.header(
			'Cache-Control',
			hashed ? `public, max-age=${HASHED_ASSET_MAX_AGE_S}, immutable` : 'no-cache'
		);
	};
}
