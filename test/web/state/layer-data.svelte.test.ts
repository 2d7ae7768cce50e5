// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { LayerId } from '../../../server/contract/layers';
import { Filters } from '../../../web/src/state/filters.svelte';
import type { FetchLayer } from '../../../web/src/state/layer-loader.svelte';
import { LayerData } from '../../../web/src/state/layer-data.svelte';
import { LayerVisibility } from '../../../web/src/state/layer-visibility.svelte';
import { MapViewState } from '../../../web/src/state/map-view.svelte';
import { createCollection } from '../fixtures';

function createData() {
	const requests: [LayerId, string][] = [];
	const fetchLayer = (async (layer: LayerId, query: string) => {
		requests.push([layer, query]);
		return createCollection([]);
	}) as FetchLayer;
	const filters = new Filters();
	const visibility = new LayerVisibility();
	const view = new MapViewState();
	const data = new LayerData(fetchLayer, filters, visibility, view);
	const stop = $effect.root(() => data.start());
	return { data, filters, visibility, view, requests, stop };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const VIEW_BOUNDS: [number, number, number, number] = [113, 22.9, 113.1, 23];

describe('LayerData', () => {
	it('waits for the map bounds, then loads every layer once', async () => {
		const { data, view, requests, stop } = createData();
		flushSync();
		expect(requests).toEqual([]);
		expect(data.busy).toBe(true);
		view.settle({ center: [113.05, 22.95], zoom: 14 }, VIEW_BOUNDS, false);
		flushSync();
		await tick();
		expect(requests.map(([layer]) => layer).sort()).toEqual([
			'blindspots',
			'pois',
			'roads',
			'surveys',
			'zones'
		]);
		expect(data.busy).toBe(false);
		stop();
	});

	it('refetches only the layer a filter applies to', async () => {
		const { filters, view, requests, stop } = createData();
		view.settle({ center: [113.05, 22.95], zoom: 14 }, VIEW_BOUNDS, false);
		flushSync();
		await tick();
		requests.length = 0;
		filters.toggle('pests', 'rat', ['rat', 'mosquito', 'fly', 'cockroach']);
		flushSync();
		await tick();
		expect(requests.map(([layer]) => layer)).toEqual(['surveys']);
		expect(requests[0][1]).toContain('pest=cockroach%2Cfly%2Cmosquito');
		stop();
	});

	it('does not refetch for a pan inside the loaded box, and skips hidden layers', async () => {
		const { visibility, view, requests, stop } = createData();
		visibility.toggle('surveys', false);
		view.settle({ center: [113.05, 22.95], zoom: 14 }, VIEW_BOUNDS, false);
		flushSync();
		await tick();
		expect(requests.map(([layer]) => layer)).not.toContain('surveys');
		requests.length = 0;
		view.settle({ center: [113.06, 22.95], zoom: 14 }, [113.01, 22.9, 113.11, 23], true);
		flushSync();
		await tick();
		expect(requests).toEqual([]);
		stop();
	});
});
