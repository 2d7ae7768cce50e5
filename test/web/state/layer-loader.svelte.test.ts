// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { LayerCollection, LayerId } from '../../../server/contract/layers';
import { ApiError } from '../../../web/src/api/client';
import { LayerLoader, type FetchLayer } from '../../../web/src/state/layer-loader.svelte';
import { createBlindSpot, createCollection } from '../fixtures';

/** A fetch whose answers the test releases by hand, in any order. */
function createDeferredFetch() {
	const calls: { query: string; resolve: (v: unknown) => void; reject: (e: unknown) => void }[] =
		[];
	const fetchLayer = ((_layer: LayerId, query: string) =>
		new Promise<unknown>((resolve, reject) =>
			calls.push({ query, resolve, reject })
		)) as FetchLayer;
	return { calls, fetchLayer };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const collection = (id: string): LayerCollection<'blindspots'> =>
	createCollection([createBlindSpot({ id })]);

describe('LayerLoader', () => {
	it('keeps old data on screen while a new request is in flight', async () => {
		const { calls, fetchLayer } = createDeferredFetch();
		const loader = new LayerLoader('blindspots', fetchLayer);
		void loader.load('a', new AbortController().signal);
		calls[0].resolve(collection('first'));
		await tick();
		void loader.load('b', new AbortController().signal);
		expect(loader.loading).toBe(true);
		expect(loader.data?.features[0].properties.id).toBe('first');
		calls[1].resolve(collection('second'));
		await tick();
		expect(loader.loading).toBe(false);
		expect(loader.data?.features[0].properties.id).toBe('second');
	});

	it('drops a stale answer that arrives after a newer one', async () => {
		const { calls, fetchLayer } = createDeferredFetch();
		const loader = new LayerLoader('blindspots', fetchLayer);
		void loader.load('old', new AbortController().signal);
		void loader.load('new', new AbortController().signal);
		calls[1].resolve(collection('new'));
		await tick();
		calls[0].resolve(collection('old'));
		await tick();
		expect(loader.data?.features[0].properties.id).toBe('new');
	});

	it('drops an answer that arrives after its signal aborted', async () => {
		const { calls, fetchLayer } = createDeferredFetch();
		const loader = new LayerLoader('blindspots', fetchLayer);
		const controller = new AbortController();
		void loader.load('q', controller.signal);
		controller.abort();
		calls[0].resolve(collection('late'));
		await tick();
		expect(loader.data).toBeNull();
	});

	it('keeps the error for the UI and the old data with it', async () => {
		const { calls, fetchLayer } = createDeferredFetch();
		const loader = new LayerLoader('blindspots', fetchLayer);
		void loader.load('a', new AbortController().signal);
		calls[0].resolve(collection('ok'));
		await tick();
		void loader.load('b', new AbortController().signal);
		calls[1].reject(new ApiError(500, 'internal', 'boom'));
		await tick();
		expect(loader.error).toBeInstanceOf(ApiError);
		expect(loader.loading).toBe(false);
		expect(loader.data?.features).toHaveLength(1);
	});

	it('empties without a request when the query rules everything out', async () => {
		const { calls, fetchLayer } = createDeferredFetch();
		const loader = new LayerLoader('blindspots', fetchLayer);
		await loader.load(null, new AbortController().signal);
		expect(calls).toHaveLength(0);
		expect(loader.data?.features).toEqual([]);
	});
});
