import type { UrlAccess } from './url-sync.svelte';

/** The URL as a page with its own parameters sees it; injected so state classes run in tests. */
export interface PageUrlAccess extends UrlAccess {
	/** Adds a history entry with this query string (a pick the user may want to go back from). */
	push(search: string): void;
	/** The path the page lives at now; a page stops writing once the user has left it. */
	pathname(): string;
	/** Calls `listener` on back/forward; returns the function that stops it. */
	onPop(listener: () => void): () => void;
}

/** Values of a page's own parameters; null or absent means "not in the URL" (the default). */
export type ParamValues = Record<string, string | null | undefined>;

/**
 * `current` with the `owned` parameters set to `next`, without the leading `?`: a parameter
 * already there keeps its place, a new one goes last, so a link's own order survives. Commas
 * and colons stay readable.
 */
export function mergeSearch(current: string, owned: readonly string[], next: ParamValues): string {
	const p = new URLSearchParams();
	const seen = new Set<string>();
	for (const [key, value] of new URLSearchParams(current)) {
		if (!owned.includes(key)) p.append(key, value);
		else if (!seen.has(key) && next[key]) p.set(key, next[key]);
		seen.add(key);
	}
	for (const [key, value] of Object.entries(next)) if (value && !seen.has(key)) p.set(key, value);
	return p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

export const stripQuestionMark = (search: string) => search.replace(/^\?/, '');

/** The browser's URL for a page's own parameters. */
export function browserPageUrlAccess(): PageUrlAccess {
	const go = (method: 'pushState' | 'replaceState') => (search: string) => {
		const url = new URL(window.location.href);
		url.search = search;
		history[method](history.state, '', url);
	};
	return {
		read: () => window.location.search,
		write: go('replaceState'),
		push: go('pushState'),
		pathname: () => window.location.pathname,
		onPop: (listener) => {
			window.addEventListener('popstate', listener);
			return () => window.removeEventListener('popstate', listener);
		}
	};
}
