import type { LayerCollection, LayerId } from '../../../server/contract/layers';
import { JsonLoader } from './json-loader.svelte';

export type FetchLayer = <L extends LayerId>(
	layer: L,
	query: string,
	signal: AbortSignal
) => Promise<LayerCollection<L>>;

function emptyCollection<L extends LayerId>(): LayerCollection<L> {
	return { type: 'FeatureCollection', features: [], limit: 0, truncated: false };
}

/** One layer's data; stale and aborted results are dropped as in `JsonLoader`. */
export class LayerLoader<L extends LayerId> extends JsonLoader<LayerCollection<L>> {
	constructor(
		readonly layer: L,
		private readonly fetchLayer: FetchLayer
	) {
		super();
	}

	/** Loads with `query`; null means no feature can match, so the layer empties without a request. */
	async load(query: string | null, signal: AbortSignal): Promise<void> {
		if (query === null) {
			this.clear();
			this.data = emptyCollection<L>();
			return;
		}
		await this.run((s) => this.fetchLayer(this.layer, query, s), signal);
	}
}
