import {
	DEFAULT_LANG,
	isLang,
	readStoredLang,
	writeStoredLang,
	type Lang,
	type LangStore
} from './lang';
import { mergeSearch, stripQuestionMark } from './page-url';
import type { UrlAccess } from './url-sync.svelte';

/**
 * The language for this visit: `?lang=` in the link wins, then the choice stored on this
 * browser, then Chinese.
 */
export function restoreLang(url: UrlAccess, store: LangStore | null, target: { lang: Lang }): void {
	const fromUrl = new URLSearchParams(url.read()).get('lang');
	target.lang = isLang(fromUrl) ? fromUrl : (readStoredLang(store) ?? target.lang);
}

/**
 * Keeps the stored choice and the URL's `lang` in step with the language on every page;
 * `page` is read so the URL gets `lang` back after moving to another page. Call during
 * component initialisation or inside `$effect.root`.
 */
export function syncLang(
	url: UrlAccess,
	store: LangStore | null,
	target: { lang: Lang },
	page: () => unknown = () => null
): void {
	$effect(() => writeStoredLang(store, target.lang));
	$effect(() => {
		page();
		const lang = target.lang === DEFAULT_LANG ? null : target.lang;
		const current = stripQuestionMark(url.read());
		const next = mergeSearch(current, ['lang'], { lang });
		if (next !== current) url.write(next);
	});
}
