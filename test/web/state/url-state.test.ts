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
