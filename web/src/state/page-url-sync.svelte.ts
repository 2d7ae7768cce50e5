import { mergeSearch, stripQuestionMark, type PageUrlAccess, type ParamValues } from './page-url';

/** A page's share of the URL: which parameters it owns, how state reads from and into them. */
export interface PageUrlBinding {
	keys: readonly string[];
	/** The state as parameters: only what differs from the defaults. */
	toParams(): ParamValues;
	/** Sets the state from the URL; a missing or malformed parameter means the default. */
	fromParams(params: URLSearchParams): void;
}

/**
 * Restores the page's state from the URL, then keeps the URL in step: a change the user makes
 * adds a history entry (`push`) or replaces the current one, and back/forward restores the
 * state. Call during component initialisation or inside `$effect.root`.
 */
export function bindPageUrl(
	access: PageUrlAccess,
	binding: PageUrlBinding,
	history: 'push' | 'replace' = 'push'
): void {
	const path = access.pathname();
	binding.fromParams(new URLSearchParams(access.read()));
	let first = true;
	$effect(() => {
		const params = binding.toParams();
		if (access.pathname() !== path) return;
		const current = stripQuestionMark(access.read());
		const next = mergeSearch(current, binding.keys, params);
		// Tidying a malformed link on arrival is not a step the user took.
		if (next !== current) (first || history === 'replace' ? access.write : access.push)(next);
		first = false;
	});
	$effect(() =>
		access.onPop(() => {
			if (access.pathname() === path) binding.fromParams(new URLSearchParams(access.read()));
		})
	);
}
