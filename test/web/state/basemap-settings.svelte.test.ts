// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
	parseBasemapParam,
	serializeBasemapParam,
	BASEMAP_IDS
} from '../../../web/src/state/basemap-id';
import {
	BASEMAP_STORAGE_KEYS,
	BasemapSettings
} from '../../../web/src/state/basemap-settings.svelte';

function createStorage(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return {
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		data
	};
}

describe('basemap in the URL', () => {
	for (const id of BASEMAP_IDS) {
		it(`round-trips ${id}; the offline default is not written`, () => {
			const p = new URLSearchParams();
			serializeBasemapParam(id, p);
			expect(p.toString()).toBe(id === 'offline' ? '' : `basemap=${id}`);
			expect(parseBasemapParam(p) ?? 'offline').toBe(id);
		});
	}

	it('ignores an unknown basemap', () => {
		expect(parseBasemapParam(new URLSearchParams('basemap=google'))).toBeNull();
	});
});

describe('BasemapSettings', () => {
	it('keeps the choice and the Tianditu key in storage, trimmed', () => {
		const storage = createStorage();
		const settings = new BasemapSettings(storage);
		settings.choose('tianditu-img');
		settings.setKey('  abc  ');
		expect(storage.data.get(BASEMAP_STORAGE_KEYS.id)).toBe('tianditu-img');
		expect(storage.data.get(BASEMAP_STORAGE_KEYS.tk)).toBe('abc');
		const again = new BasemapSettings(storage);
		expect(again.id).toBe('tianditu-img');
		expect(again.tk).toBe('abc');
	});

	it('falls back to offline on an unknown stored value', () => {
		expect(new BasemapSettings(createStorage({ [BASEMAP_STORAGE_KEYS.id]: 'x' })).id).toBe(
			'offline'
		);
	});
});
