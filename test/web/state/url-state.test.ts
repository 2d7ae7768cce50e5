import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../web/src/state/filters.svelte';
import { DEFAULT_VISIBLE_LAYERS } from '../../../web/src/state/layer-visibility.svelte';
import { parseUrlState, serializeUrlState, type UrlState } from '../../../web/src/state/url-state';

const defaults = (): UrlState => ({
	view: null,
	layers: [...DEFAULT_VISIBLE_LAYERS],
	filters: { ...DEFAULT_FILTERS },
	lang: null,
	blindSpotColorBy: 'status'
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
			blindSpotColorBy: 'category'
		};
		const search = serializeUrlState(state);
		expect(parseUrlState(search)).toEqual(state);
		expect(serializeUrlState(parseUrlState(search))).toBe(search);
		expect(search).toBe(
			'z=14.25&c=113.09123,22.96456&layers=zones,keyRoads,blindspots&pest=rat,mosquito' +
				'&method=mosquito.light_trap&category=&status=reported&from=2024-01-01&to=2024-12-31' +
				'&color=category&lang=en'
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
});
