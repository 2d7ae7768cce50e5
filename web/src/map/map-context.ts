import type { LayersList } from '@deck.gl/core';
import { getContext, hasContext, setContext } from 'svelte';

/** What layer components may do with the map; they never see maplibre or the overlay. */
export interface MapContext {
	/** Replaces the deck.gl layers registered under `owner`; owners draw in registration order. */
	setDeckLayers(owner: string, layers: LayersList): void;
	/** Client (page) coordinates of a `[lng, lat]`, or null before the map exists. */
	project(lngLat: [number, number]): [number, number] | null;
	/** The data `[lng, lat]` under a client (page) position, or null before the map exists. */
	unproject(client: [number, number]): [number, number] | null;
}

const KEY = Symbol('sanimap.map');

export function setMapContext(context: MapContext): MapContext {
	return setContext(KEY, context);
}

/** The enclosing MapView's context; throws outside a MapView. */
export function getMapContext(): MapContext {
	if (!hasContext(KEY)) throw new Error('getMapContext() called outside <MapView>');
	return getContext<MapContext>(KEY);
}
