import type { FeatureCollection, Geometry } from 'geojson';
import type { LayerCollection } from '../../../../server/contract/layers';

/** The three GeoJSON sources the offline basemap draws from. */
export interface BasemapData {
	zones: FeatureCollection;
	roads: FeatureCollection;
	water: FeatureCollection;
}

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export const EMPTY_BASEMAP_DATA: BasemapData = Object.freeze({
	zones: empty(),
	roads: empty(),
	water: empty()
});

const POLYGONS: readonly Geometry['type'][] = ['Polygon', 'MultiPolygon'];

/** Picks from SaniMap's own layers what the basemap draws: zones, roads and water outlines. */
export function selectBasemapData(layers: {
	zones: LayerCollection<'zones'> | null;
	roads: LayerCollection<'roads'> | null;
	pois: LayerCollection<'pois'> | null;
}): BasemapData {
	const water = (layers.pois?.features ?? []).filter(
		(f) => f.properties.kind === 'water_body' && f.geometry && POLYGONS.includes(f.geometry.type)
	);
	return {
		zones: layers.zones ?? empty(),
		roads: layers.roads ?? empty(),
		water: { type: 'FeatureCollection', features: water }
	};
}
