import { describe, expect, it } from 'vitest';
import { choosePeriod, resolvePeriod } from '../../../web/src/state/density-period';
import { DensitySettings } from '../../../web/src/state/density-settings.svelte';

describe('resolvePeriod', () => {
	const custom = { from: '2024-03-01', to: null };

	it.each([
		['thisYear', '2025-12-31', { from: '2025-01-01', to: '2025-12-31' }],
		['lastYear', '2025-12-31', { from: '2024-01-01', to: '2024-12-31' }],
		['summer', '2025-12-31', { from: '2025-06-01', to: '2025-08-31' }],
		['summer', '2025-07-10', { from: '2025-06-01', to: '2025-08-31' }],
		['summer', '2025-05-31', { from: '2024-06-01', to: '2024-08-31' }],
		['custom', '2025-12-31', custom],
		['custom', null, custom]
	] as const)('%s with data up to %s', (period, last, expected) => {
		expect(resolvePeriod(period, last, custom)).toEqual(expected);
	});

	it('waits for the data range before resolving a preset', () => {
		expect(resolvePeriod('thisYear', null, custom)).toBeNull();
	});
});

describe('DensitySettings.choosePeriod', () => {
	it('starts a custom period from the dates the preset showed', () => {
		const settings = new DensitySettings();
		settings.period = 'summer';
		settings.choosePeriod('custom', '2025-12-31');
		expect(settings.values).toMatchObject({
			period: 'custom',
			from: '2025-06-01',
			to: '2025-08-31'
		});
	});

	it('keeps custom dates the user already chose', () => {
		const settings = new DensitySettings();
		settings.setDate('from', '2024-02-01');
		settings.choosePeriod('thisYear', '2025-12-31');
		settings.choosePeriod('custom', '2025-12-31');
		expect(settings.values).toMatchObject({ period: 'custom', from: '2024-02-01', to: null });
	});
});

describe('choosePeriod', () => {
	it('starts a custom period from the dates the preset showed', () => {
		const current = { period: 'summer' as const, from: null, to: null };
		expect(choosePeriod(current, 'custom', '2025-12-31')).toEqual({
			period: 'custom',
			from: '2025-06-01',
			to: '2025-08-31'
		});
	});

	it('keeps custom bounds already set, and presets leave them alone', () => {
		const current = { period: 'thisYear' as const, from: '2024-03-01', to: null };
		expect(choosePeriod(current, 'custom', '2025-12-31')).toEqual({ ...current, period: 'custom' });
		expect(choosePeriod(current, 'lastYear', null)).toEqual({ ...current, period: 'lastYear' });
	});
});
