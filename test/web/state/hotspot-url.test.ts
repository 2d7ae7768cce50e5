import { describe, expect, it } from 'vitest';
import { DEFAULT_DENSITY } from '../../../web/src/state/density-settings.svelte';
import { DEFAULT_FILTERS } from '../../../web/src/state/filters.svelte';
import {
	DEFAULT_HOTSPOT,
	type HotspotSettingsValues
} from '../../../web/src/state/hotspot-settings.svelte';
import { DEFAULT_VISIBLE_LAYERS } from '../../../web/src/state/layer-visibility.svelte';
import { parseUrlState, serializeUrlState, type UrlState } from '../../../web/src/state/url-state';

const state = (hotspots: Partial<HotspotSettingsValues>): UrlState => ({
	view: null,
	layers: [...DEFAULT_VISIBLE_LAYERS],
	filters: { ...DEFAULT_FILTERS },
	lang: null,
	blindSpotColorBy: 'status',
	density: { ...DEFAULT_DENSITY },
	hotspots: { ...DEFAULT_HOTSPOT, ...hotspots }
});

describe('hot-spot mode in the URL', () => {
	it('writes nothing for the defaults', () => {
		expect(serializeUrlState(state({}))).toBe('');
	});

	it('round-trips every setting that differs from the defaults', () => {
		const s = state({
			on: true,
			subject: 'pest',
			pest: 'mosquito',
			method: 'mosquito.light_trap',
			res: 8,
			k: 2,
			fdr: true,
			kde: true,
			roads: true,
			period: 'custom',
			from: '2025-06-01',
			to: '2025-08-31'
		});
		const search = serializeUrlState(s);
		expect(search).toBe(
			'hotspots=1&hsub=pest&hpest=mosquito&hmethod=mosquito.light_trap&hres=8&hk=2&hfdr=1' +
				'&hkde=1&hroads=1&hperiod=custom&hfrom=2025-06-01&hto=2025-08-31'
		);
		expect(parseUrlState(search)).toEqual(s);
	});

	it('writes only the changed field', () => {
		expect(serializeUrlState(state({ on: true, k: 3 }))).toBe('hotspots=1&hk=3');
	});

	it('falls back to the defaults for malformed values', () => {
		const parsed = parseUrlState('hotspots=1&hsub=rats&hres=12&hk=9&hperiod=spring&hfrom=June');
		expect(parsed.hotspots).toEqual({ ...DEFAULT_HOTSPOT, on: true });
	});

	it('lets density mode win when a URL turns both on', () => {
		const parsed = parseUrlState('density=1&hotspots=1');
		expect(parsed.density.on).toBe(true);
		expect(parsed.hotspots.on).toBe(false);
	});
});
