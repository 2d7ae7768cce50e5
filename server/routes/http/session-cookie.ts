import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../../contract/accounts';
import { SESSION_MAX_DAYS } from '../../domain/accounts/session-times';
import type { AuthState } from '../../services/auth-state';
import type { SignInRequest } from '../../services/sign-in';
import type { AuthEnv } from './auth-env';

/** The session cookie: httpOnly, SameSite=Strict, Path=/; Secure with SANIMAP_SECURE_COOKIE=1. */
export function setSessionCookie(c: Context, auth: AuthState, secret: string): void {
	setCookie(c, SESSION_COOKIE, secret, {
		httpOnly: true,
		sameSite: 'Strict',
		path: '/',
		secure: auth.secureCookie,
		maxAge: SESSION_MAX_DAYS * 24 * 3600
	});
}

export function clearSessionCookie(c: Context, auth: AuthState): void {
	deleteCookie(c, SESSION_COOKIE, { path: '/', secure: auth.secureCookie });
}

/** Request id, address and user agent of a sign-in, for its session and audit row. */
export function signInRequest(c: Context<AuthEnv>): SignInRequest {
	return {
		requestId: c.get('requestId'),
		address: c.get('address'),
		userAgent: c.req.header('user-agent') ?? null
	};
}
