/**
 * Where to go after signing in: `/login?next=…` carries the page the user was on. Only a
 * same-origin relative path is accepted, so a link cannot send a user who signs in to
 * another site (an open redirect).
 */

const MAX_NEXT_CHARS = 2000;
const BASE = 'http://sanimap.invalid';

/**
 * `raw` if it is a path on this site (`/routes?x=1`), else null: it must start with exactly one
 * `/`, hold no backslash or control character, and resolve to this origin. The login and
 * setup pages are refused too, so signing in never loops back to them.
 */
export function safeNextPath(raw: string | null | undefined): string | null {
	if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_NEXT_CHARS) return null;
	if (!raw.startsWith('/') || raw.startsWith('//')) return null;
	// Browsers read `/\evil.example` as `//evil.example`; control characters hide such tricks.
	if (/[\\\u0000-\u001f\u007f]/.test(raw)) return null;
	let url: URL;
	try {
		url = new URL(raw, BASE);
	} catch {
		return null;
	}
	if (url.origin !== BASE) return null;
	if (/^\/(login|setup)\/?$/.test(url.pathname)) return null;
	return `${url.pathname}${url.search}${url.hash}`;
}

/** The login page's address that returns to `here` (path and query) after signing in. */
export function loginPathFor(here: string): string {
	const next = safeNextPath(here);
	return next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login';
}

/** `next` of a login page's query string, checked; null when absent or unsafe. */
export function nextFromSearch(search: string): string | null {
	return safeNextPath(new URLSearchParams(search).get('next'));
}
