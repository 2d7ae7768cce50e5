/** The languages SaniMap speaks; the first is the default and is never written to the URL. */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-CN';

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Where the language choice persists between visits (localStorage in the app). */
export interface LangStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

export const LANG_STORAGE_KEY = 'sanimap.lang';

/** The stored language, or null when none (or an unknown one) is stored or storage throws. */
export function readStoredLang(store: LangStore | null): Lang | null {
	try {
		const value = store?.getItem(LANG_STORAGE_KEY);
		return isLang(value) ? value : null;
	} catch {
		return null;
	}
}

export function writeStoredLang(store: LangStore | null, lang: Lang): void {
	try {
		store?.setItem(LANG_STORAGE_KEY, lang);
	} catch {
		// Private mode or a full quota: the URL still carries the choice.
	}
}
