// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { LANG_STORAGE_KEY, type Lang, type LangStore } from '../../../web/src/state/lang';
import { restoreLang, syncLang } from '../../../web/src/state/lang-sync.svelte';
import type { UrlAccess } from '../../../web/src/state/url-sync.svelte';

function createUrl(initial: string) {
	let search = initial.replace(/^\?/, '');
	const access: UrlAccess = { read: () => search, write: (next) => (search = next) };
	return { access, current: () => search, set: (next: string) => (search = next) };
}

function createStore(initial: Record<string, string> = {}): LangStore & {
	items: Record<string, string>;
} {
	const items = { ...initial };
	return { items, getItem: (k) => items[k] ?? null, setItem: (k, v) => (items[k] = v) };
}

class LocaleStub {
	lang = $state<Lang>('zh-CN');
}

/** One page's visit: the shell restores the language and keeps URL and storage in step. */
function visit(search: string, store: LangStore) {
	const url = createUrl(search);
	const locale = new LocaleStub();
	let page = $state('compare');
	let stop = () => {};
	stop = $effect.root(() => {
		restoreLang(url.access, store, locale);
		syncLang(url.access, store, locale, () => page);
	});
	flushSync();
	return { url, locale, stop, go: (next: string) => (page = next) };
}

describe('the language on every page (issue 11 item 10)', () => {
	it('takes the stored choice when the link says nothing, and shows it in the URL', () => {
		const store = createStore({ [LANG_STORAGE_KEY]: 'en' });
		const v = visit('?pest=rat', store);
		expect(v.locale.lang).toBe('en');
		expect(v.url.current()).toBe('pest=rat&lang=en');
		v.stop();
	});

	it('lets ?lang= in a link win over the stored choice', () => {
		const store = createStore({ [LANG_STORAGE_KEY]: 'zh-CN' });
		const v = visit('?lang=en&tab=series', store);
		expect(v.locale.lang).toBe('en');
		expect(v.url.current()).toBe('lang=en&tab=series');
		v.stop();
	});

	it('stores a switch, so a reload keeps it, and writes no lang for Chinese', () => {
		const store = createStore();
		const v = visit('?season=2025-summer', store);
		expect(v.url.current()).toBe('season=2025-summer');
		v.locale.lang = 'en';
		flushSync();
		expect(store.items[LANG_STORAGE_KEY]).toBe('en');
		expect(v.url.current()).toBe('season=2025-summer&lang=en');
		v.stop();
		const reload = visit('?season=2025-summer', store);
		expect(reload.locale.lang).toBe('en');
		reload.locale.lang = 'zh-CN';
		flushSync();
		expect(reload.url.current()).toBe('season=2025-summer');
		expect(store.items[LANG_STORAGE_KEY]).toBe('zh-CN');
		reload.stop();
	});

	it('puts lang back into the URL after moving to another page', () => {
		const store = createStore({ [LANG_STORAGE_KEY]: 'en' });
		const v = visit('', store);
		v.url.set(''); // the router pushed /routes with the page's own (empty) query
		v.go('plans');
		flushSync();
		expect(v.url.current()).toBe('lang=en');
		v.stop();
	});
});
