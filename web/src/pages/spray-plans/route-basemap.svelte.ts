import type { LayerCollection } from '../../../../server/contract/layers';
import type { DatasetMeta } from '../../../../server/contract/layers';
import { createApiClient } from '../../api/client';
import { selectBasemapData, type BasemapData } from '../../map/basemap/basemap-data';
import { JsonLoader } from '../../state/json-loader.svelte';

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

	load(signal: AbortSignal, client = createApiClient()): void {
		void this.meta.run((s) => client.meta(s), signal);
		void this.zones.run((s) => client.layer('zones', '', s), signal);
		void this.roads.run((s) => client.layer('roads', '', s), signal);
		void this.pois.run((s) => client.layer('pois', '', s), signal);
	}
}
