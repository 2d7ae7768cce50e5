import { describe, expect, it } from 'vitest';
import { buildLayerQuery, type FilterValues } from '../../../web/src/api/layer-query';
import { DEFAULT_FILTERS } from '../../../web/src/state/filters.svelte';

const ALL: FilterValues = DEFAULT_FILTERS;
const BBOX: [number, number, number, number] = [113.0512345678, 22.9, 113.1, 23];

describe('buildLayerQuery', () => {
	it('sends only the bbox when nothing is filtered', () => {
		expect(buildLayerQuery('blindspots', ALL, BBOX)).toBe('bbox=113.051235%2C22.9%2C113.1%2C23');
	});

	it('sends each layer only the filters it takes', () => {
		const filters = { ...ALL, pests: ['rat'], statuses: ['closed'], from: '2024-01-01' };
		const params = (layer: Parameters<typeof buildLayerQuery>[0]) => [
			...new URLSearchParams(buildLayerQuery(layer, filters, null) ?? '').keys()
		];
		expect(params('surveys')).toEqual(['from', 'pest']);
		expect(params('blindspots')).toEqual(['from', 'status']);
		expect(params('roads')).toEqual([]);
	});

	it('sorts list values so equal filters make equal queries', () => {
		const a = buildLayerQuery('surveys', { ...ALL, pests: ['rat', 'fly'] }, null);
		const b = buildLayerQuery('surveys', { ...ALL, pests: ['fly', 'rat'] }, null);
		expect(a).toBe(b);
		expect(a).toBe('pest=fly%2Crat');
	});

	it('returns null when an empty selection rules every feature out', () => {
		expect(buildLayerQuery('blindspots', { ...ALL, statuses: [] }, BBOX)).toBeNull();
		expect(buildLayerQuery('zones', { ...ALL, statuses: [] }, BBOX)).not.toBeNull();
	});

	it('passes the date range through', () => {
		const q = buildLayerQuery('surveys', { ...ALL, from: '2024-03-01', to: '2024-05-31' }, null);
		expect(q).toBe('from=2024-03-01&to=2024-05-31');
	});
});
