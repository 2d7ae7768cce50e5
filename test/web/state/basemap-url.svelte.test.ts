// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { BasemapSettings } from '../../../web/src/state/basemap-settings.svelte';
import { parseUrlState, serializeUrlState } from '../../../web/src/state/url-state';

describe('basemap in the URL state', () => {
	it('round-trips a non-default basemap and leaves the offline default out', () => {
		const state = parseUrlState('basemap=amap');
		expect(state.basemap).toBe('amap');
		expect(serializeUrlState(state)).toBe('basemap=amap');
		expect(serializeUrlState({ ...state, basemap: 'offline' })).toBe('');
		expect(parseUrlState('basemap=google').basemap).toBeUndefined();
	});
});

describe('BasemapSettings.useStorage', () => {
	it('takes the stored choice and key, then keeps later choices there', () => {
		const data = new Map([
			['sanimap.basemap', 'osm'],
			['sanimap.tiandituKey', 'abc']
		]);
		const storage = {
			getItem: (k: string) => data.get(k) ?? null,
			setItem: (k: string, v: string) => void data.set(k, v)
		};
		const cleanup = $effect.root(() => {
			const settings = new BasemapSettings();
			settings.useStorage(storage);
			flushSync();
			expect([settings.id, settings.tk]).toEqual(['osm', 'abc']);
			settings.choose('amap');
			expect(data.get('sanimap.basemap')).toBe('amap');
		});
		cleanup();
	});
});
