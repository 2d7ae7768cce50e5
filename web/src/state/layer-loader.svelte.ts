import type { LayerCollection, LayerId } from '../../../server/contract/layers';
import { isAbortError } from '../api/client';

export type FetchLayer = <L extends LayerId>(
	layer: L,
	query: string,
	signal: AbortSignal
) => Promise<LayerCollection<L>>;

function emptyCollection<L extends LayerId>(): LayerCollection<L> {
	return { type: 'FeatureCollection', features: [], limit: 0, truncated: false };
}

/**
 * One layer's data. While a request is in flight the previous data stays on screen; a result
 * that arrives after a newer request started, or after its signal aborted, is dropped.
 */
export class LayerLoader<L extends LayerId> {
	data = $state.raw<LayerCollection<L> | null>(null);
	loading = $state(false);
	error = $state.raw<unknown>(null);
	#generation = 0;

	constructor(
		readonly layer: L,
		private readonly fetchLayer: FetchLayer
	) {}

	/** Loads with `query`; null means no feature can match, so the layer empties without a request. */
	async load(query: string | null, signal: AbortSignal): Promise<void> {
		const generation = ++this.#generation;
		if (query === null) {
			this.data = emptyCollection<L>();
			this.loading = false;
			this.error = null;
			return;
		}
		this.loading = true;
		try {
			const result = await this.fetchLayer(this.layer, query, signal);
			if (signal.aborted || generation !== this.#generation) return;
			this.data = result;
			this.error = null;
		} catch (error) {
			if (signal.aborted || generation !== this.#generation || isAbortError(error)) return;
			this.error = error;
		} finally {
			if (generation === this.#generation) this.loading = false;
		}
	}
}
