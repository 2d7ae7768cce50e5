import type { LayerId } from '../../../../server/contract/layers';
import { originalFeature } from '$geo/shift-for-basemap';
import type { PickedFeature } from '../../state/selection.svelte';

const DATA_LAYERS: readonly LayerId[] = ['zones', 'roads', 'blindspots', 'surveys', 'pois'];

/** What deck.gl hands a hover or click callback, reduced to what we read. */
export interface PickInfo {
	layer?: { id: string; props?: { data?: unknown } } | null;
	object?: unknown;
	/** The row picked in a layer drawn from binary attributes (no object per point). */
	index?: number;
	x: number;
	y: number;
}

/**
 * Turns a deck.gl pick into a feature of one of our layers. Deck layer ids start with the data
 * layer (`roads:key`); objects are either the GeoJSON feature or a datum holding it in `feature`.
 */
export function toPickedFeature(info: PickInfo): PickedFeature | null {
	const layer = info.layer?.id.split(':')[0] as LayerId | undefined;
	if (!layer || !DATA_LAYERS.includes(layer)) return null;
	// A compact layer (issue 18): deck gives the index; the data knows the point's id and codes.
	const binary = info.layer?.props?.data as
		{ featureAt?: (i: number, at: { x: number; y: number }) => PickedFeature | null } | undefined;
	if (!info.object && binary?.featureAt && info.index !== undefined && info.index >= 0) {
		return binary.featureAt(info.index, { x: info.x, y: info.y });
	}
	if (!info.object) return null;
	type Held = { properties?: unknown; geometry?: unknown };
	const object = info.object as Held & { feature?: Held };
	// Over a GCJ-02 basemap layers draw shifted copies; report the stored feature.
	const feature = originalFeature(object.feature ?? object);
	if (!feature.properties) return null;
	const { properties, geometry = null } = feature;
	return { layer, properties, geometry, x: info.x, y: info.y } as PickedFeature;
}

/** A density unit under a pick (the choropleth's `density:fill` layer), or null. */
export function toDensityPick(info: PickInfo): { id: string; x: number; y: number } | null {
	if (!info.layer?.id.startsWith('density:')) return null;
	const id = (info.object as { id?: unknown } | null | undefined)?.id;
	return typeof id === 'string' ? { id, x: info.x, y: info.y } : null;
}
