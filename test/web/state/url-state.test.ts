import { describe, expect, it } from 'vitest';
import { DEFAULT_DENSITY } from '../../../web/src/state/density-settings.svelte';
import { DEFAULT_FILTERS } from '../../../web/src/state/filters.svelte';
import { DEFAULT_HOTSPOT } from '../../../web/src/state/hotspot-settings.svelte';
import { DEFAULT_VISIBLE_LAYERS } from '../../../web/src/state/layer-visibility.svelte';
import { parseUrlState, serializeUrlState, type UrlState } from '../../../web/src/state/url-state';

const defaults = (): UrlState => ({
	view: null,
	layers: [...DEFAULT_VISIBLE_LAYERS],
	filters: { ...DEFAULT_FILTERS },
	lang: null,
	blindSpotColorBy: 'status',
	density: { ...DEFAULT_DENSITY },
	hotspots: { ...DEFAULT_HOTSPOT }
});

describe('url state', () => {
	it('writes nothing for the defaults', () => {
		expect(serializeUrlState(defaults())).toBe('');
		expect(serializeUrlState({ ...defaults(), lang: 'zh-CN' })).toBe('');
	});

	it('parses an empty query to the defaults', () => {
		expect(parseUrlState('')).toEqual(defaults());
	});

	it('round-trips everything the user can change', () => {
		const state: UrlState = {
			view: { zoom: 14.25, center: [113.09123, 22.96456] },
			layers: ['zones', 'keyRoads', 'blindspots'],
			filters: {
				pests: ['rat', 'mosquito'],
				methods: ['mosquito.light_trap'],
				categories: [],
				statuses: ['reported'],
				from: '2024-01-01',
				to: '2024-12-31'
			},
			lang: 'en',
			blindSpotColorBy: 'category',
			density: {
				on: true,
				pest: 'cockroach',
				by: 'h3',
				res: 10,
				period: 'custom',
				from: '2025-03-01',
				to: '2025-05-31'
			},
			hotspots: { ...DEFAULT_HOTSPOT, roads: true }
		};
		const search = serializeUrlState(state);
		expect(parseUrlState(search)).toEqual(state);
		expect(serializeUrlState(parseUrlState(search))).toBe(search);
		expect(search).toBe(
			'z=14.25&c=113.09123,22.96456&layers=zones,keyRoads,blindspots&pest=rat,mosquito' +
				'&method=mosquito.light_trap&category=&status=reported&from=2024-01-01&to=2024-12-31' +
				'&color=category&density=1&dpest=cockroach&dby=h3&dres=10&dperiod=custom' +
				'&dfrom=2025-03-01&dto=2025-05-31&hroads=1&lang=en'
		);
	});

	it('tells "none selected" (empty) from "all" (absent)', () => {
		expect(parseUrlState('status=').filters.statuses).toEqual([]);
		expect(parseUrlState('').filters.statuses).toBeNull();
		expect(parseUrlState('layers=').layers).toEqual([]);
	});

	it('drops malformed values instead of failing', () => {
		const state = parseUrlState('?z=abc&c=1,2&from=2024-13&layers=zones,bogus&lang=fr&color=x');
		expect(state.view).toBeNull();
		expect(state.filters.from).toBeNull();
		expect(state.layers).toEqual(['zones']);
		expect(state.lang).toBeNull();
		expect(state.blindSpotColorBy).toBe('status');
	});

	it('keeps density mode out of the URL until it differs from its defaults', () => {
		expect(serializeUrlState({ ...defaults(), density: { ...DEFAULT_DENSITY } })).toBe('');
		const summer = {
			...DEFAULT_DENSITY,
			on: true,
			pest: 'mosquito' as const,
			period: 'summer' as const
		};
		expect(serializeUrlState({ ...defaults(), density: summer })).toBe(
			'density=1&dpest=mosquito&dperiod=summer'
		);
	});

	it('falls back to density defaults for unknown values', () => {
		const { density } = parseUrlState(
			'density=yes&dpest=flea&dby=county&dres=12&dperiod=spring&dfrom=x'
		);
		expect(density).toEqual({ ...DEFAULT_DENSITY });
	});
});

describe('hot-spot mode in the URL', () => {
	it('writes nothing for the defaults', () => {
		expect(serializeUrlState(defaults())).toBe('');
	});

	it('round-trips every setting that differs from the defaults', () => {
		const s: UrlState = {
			...defaults(),
			hotspots: {
				...DEFAULT_HOTSPOT,
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
			}
		};
		const search = serializeUrlState(s);
		expect(search).toBe(
			'hotspots=1&hsub=pest&hpest=mosquito&hmethod=mosquito.light_trap&hres=8&hk=2&hfdr=1' +
				'&hkde=1&hroads=1&hperiod=custom&hfrom=2025-06-01&hto=2025-08-31'
		);
		expect(parseUrlState(search)).toEqual(s);
	});

	it('writes only the changed field', () => {
		expect(
			serializeUrlState({ ...defaults(), hotspots: { ...DEFAULT_HOTSPOT, on: true, k: 3 } })
		).toBe('hotspots=1&hk=3');
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
