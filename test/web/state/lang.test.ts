import { describe, expect, it } from 'vitest';
import {
	LANG_STORAGE_KEY,
	readStoredLang,
	writeStoredLang,
	type LangStore
} from '../../../web/src/state/lang';

function createStore(
	initial: Record<string, string> = {}
): LangStore & { items: Record<string, string> } {
	const items = { ...initial };
	return {
		items,
		getItem: (key) => items[key] ?? null,
		setItem: (key, value) => {
			items[key] = value;
		}
	};
}

describe('stored language', () => {
	it('round-trips through storage', () => {
		const store = createStore();
		writeStoredLang(store, 'en');
		expect(store.items[LANG_STORAGE_KEY]).toBe('en');
		expect(readStoredLang(store)).toBe('en');
	});

	it('ignores unknown values, missing storage and storage that throws', () => {
		expect(readStoredLang(createStore({ [LANG_STORAGE_KEY]: 'fr' }))).toBeNull();
		expect(readStoredLang(null)).toBeNull();
		const broken: LangStore = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		};
		expect(readStoredLang(broken)).toBeNull();
		expect(() => writeStoredLang(broken, 'en')).not.toThrow();
	});
});
