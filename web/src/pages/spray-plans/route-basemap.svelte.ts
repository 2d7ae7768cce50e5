import type { LayerCollection } from '../../../../server/contract/layers';
import type { DatasetMeta } from '../../../../server/contract/layers';
import { createApiClient } from '../../api/client';
import { selectBasemapData, type BasemapData } from '../../map/basemap/basemap-data';
import type { BasemapId } from '../../state/basemap-id';
import { autoLoad, JsonLoader } from '../../state/json-loader.svelte';

/** The data set's extent and the offline basemap (zones, roads, water) for the route maps. */
export class RouteBasemap {
	meta = new JsonLoader<DatasetMeta>();
	zones = new JsonLoader<LayerCollection<'zones'>>();
	roads = new JsonLoader<LayerCollection<'roads'>>();
	pois = new JsonLoader<LayerCollection<'pois'>>();

	get data(): BasemapData {
		return selectBasemapData({
			zones: this.zones.data,
			roads: this.roads.data,
			pois: this.pois.data
		});
	}

	get busy(): boolean {
		return this.zones.loading || this.roads.loading || this.pois.loading;
	}

	/**
	 * Loads the extent, and the layers the offline basemap is drawn from when `mayReadLayers`.
	 * A sprayer may not read the layers (contract/permissions.ts): their map asks for none and
	 * draws an online street basemap instead (`basemapFor`).
	 */
	/** Loads everything once when the calling component starts; call inside a component. */
	start(): void {
		autoLoad(
			() => true,
			(_, signal) => this.load(signal)
		);
	}

	load(signal: AbortSignal, client = createApiClient(), mayReadLayers = true): void {
		void this.meta.run((s) => client.meta(s), signal);
		if (!mayReadLayers) return;
		void this.zones.run((s) => client.layer('zones', '', s), signal);
		void this.roads.run((s) => client.layer('roads', '', s), signal);
		void this.pois.run((s) => client.layer('pois', '', s), signal);
	}
}

/**
 * The basemap of a route or case map: the offline one drawn from the town's layers, or, for a
 * role that may not read them (a sprayer), online streets (高德, GCJ-02) so the route is not
 * drawn on an empty background.
 */
export function basemapFor(mayReadLayers: boolean): BasemapId {
	return mayReadLayers ? 'offline' : 'amap';
}
