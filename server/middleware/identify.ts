import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../contract/accounts';
import type { Database } from '../db/database';
import type { AuthEnv } from '../routes/http/auth-env';
import type { AuthState } from '../services/auth-state';
import { identify, type Credentials } from '../services/identify';

/**
 * Who is calling: the Authorization header (Bearer, or Basic with a password or a token)
 * first, else the session cookie. Sets `actor` when they check out, and the request id
 * (also sent back as X-Request-Id) and client address for the audit log.
 */
export function identifyCaller(db: Database, auth: AuthState): MiddlewareHandler<AuthEnv> {
	return async (c, next) => {
		const requestId = crypto.randomUUID();
		const address = clientAddress(c);
		c.header('X-Request-Id', requestId);
		c.set('requestId', requestId);
		c.set('address', address);
		const fromHeader = readAuthorization(c.req.header('authorization'));
		const cookie = getCookie(c, SESSION_COOKIE);
		const credentials: Credentials | null =
			fromHeader ?? (cookie ? { kind: 'session', secret: cookie } : null);
		const actor = credentials && (await identify(db, auth, credentials, { requestId, address }));
		if (actor) c.set('actor', actor);
		// A stale cookie is no credential: the caller is anonymous, checked as such for CSRF.
		c.set('via', fromHeader ? 'header' : actor ? 'cookie' : null);
		return next();
	};
}

function readAuthorization(header: string | undefined): Credentials | null {
	const [scheme, value] = (header ?? '').trim().split(/\s+/, 2);
	if (!value) return null;
	if (/^bearer$/i.test(scheme)) return { kind: 'bearer', token: value };
	if (!/^basic$/i.test(scheme)) return null;
	const decoded = Buffer.from(value, 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon < 1) return null;
	return { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** The peer's address; null when there is no socket (`app.request` in tests). */
function clientAddress(c: Context): string | null {
	try {
		return getConnInfo(c).remote.address ?? null;
	} catch {
		return null;
	}
}
