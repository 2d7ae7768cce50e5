// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { Filters } from '../../../web/src/state/filters.svelte';
import { LayerVisibility } from '../../../web/src/state/layer-visibility.svelte';

const PESTS = ['rat', 'mosquito', 'fly', 'cockroach'];

describe('Filters', () => {
	it('starts at "all" and unchecking one pest keeps the other three', () => {
		const filters = new Filters();
		expect(filters.isDefault).toBe(true);
		filters.toggle('pests', 'fly', PESTS);
		expect(filters.pests).toEqual(['rat', 'mosquito', 'cockroach']);
		expect(filters.isDefault).toBe(false);
	});

	it('collapses back to "all" when the last missing pest is checked again', () => {
		const filters = new Filters();
		filters.toggle('pests', 'fly', PESTS);
		filters.toggle('pests', 'fly', PESTS);
		expect(filters.pests).toBeNull();
	});

	it('feeds derived values that update when a filter changes', () => {
		const filters = new Filters();
		const seen: (string | null)[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				seen.push(filters.values.from);
			});
		});
		flushSync();
		filters.setDate('from', '2024-03-01');
		flushSync();
		filters.setDate('from', '');
		flushSync();
		stop();
		expect(seen).toEqual([null, '2024-03-01', null]);
	});

	it('resets everything', () => {
		const filters = new Filters();
		filters.setAll('statuses', false);
		filters.setDate('to', '2025-01-01');
		filters.reset();
		expect(filters.isDefault).toBe(true);
	});
});

describe('LayerVisibility', () => {
	it('toggles a layer and keeps the canonical order', () => {
		const layers = new LayerVisibility();
		layers.toggle('roads');
		expect(layers.has('roads')).toBe(false);
		expect(layers.isDefault).toBe(false);
		layers.toggle('roads');
		expect(layers.list[1]).toBe('roads');
		expect(layers.isDefault).toBe(true);
	});
});
