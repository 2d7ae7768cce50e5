import type { BasemapSettings } from './basemap-settings.svelte';
import type { DensitySettings } from './density-settings.svelte';
import type { Filters } from './filters.svelte';
import type { HotspotSettings } from './hotspot-settings.svelte';
import type { Lang } from './lang';
import type { LayerVisibility } from './layer-visibility.svelte';
import type { MapViewState } from './map-view.svelte';
import type { FeatureRef } from './selection.svelte';
import type { Symbology } from './symbology.svelte';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state';

/** How the app touches the URL; injected so the sync runs in tests without a browser. */
export interface UrlAccess {
	/** The current query string (with or without `?`). */
	read(): string;
	/** Replaces the query string (no history entry per filter click). */
	write(search: string): void;
}

export interface UrlTargets {
	filters: Filters;
	visibility: LayerVisibility;
	view: MapViewState;
	symbology: Symbology;
	densitySettings: DensitySettings;
	hotspotSettings: HotspotSettings;
	locale: { lang: Lang };
	basemap?: BasemapSettings;
	/** The details panel's feature (`sel`). */
	selection?: { ref: FeatureRef | null };
	/** The density panel's unit (`zone`). */
	density?: { selectedId: string | null };
}

/** Applies the URL's intent to the state; returns it so the caller can see what was there. */
export function restoreFromUrl(access: UrlAccess, targets: UrlTargets): UrlState {
	const state = parseUrlState(access.read());
	targets.filters.assign(state.filters);
	targets.visibility.assign(state.layers);
	targets.symbology.blindSpotColorBy = state.blindSpotColorBy;
	targets.densitySettings.assign(state.density);
	targets.hotspotSettings.assign(state.hotspots);
	if (state.view) targets.view.intent = state.view;
	if (state.lang) targets.locale.lang = state.lang;
	// A shared link shows its basemap without changing the stored choice.
	if (state.basemap && targets.basemap) targets.basemap.id = state.basemap;
	if (targets.selection) targets.selection.ref = state.selected ?? null;
	if (targets.density) targets.density.selectedId = state.zone ?? null;
	return state;
}

/** Keeps the URL in step with the state. Call inside a component or `$effect.root`. */
export function syncToUrl(access: UrlAccess, targets: UrlTargets): void {
	$effect(() => {
		const search = serializeUrlState({
			view: targets.view.intent,
			layers: targets.visibility.list,
			filters: targets.filters.values,
			lang: targets.locale.lang,
			blindSpotColorBy: targets.symbology.blindSpotColorBy,
			density: targets.densitySettings.values,
			hotspots: targets.hotspotSettings.values,
			basemap: targets.basemap?.id,
			selected: targets.selection?.ref,
			zone: targets.density?.selectedId
		});
		if (access.read().replace(/^\?/, '') !== search) access.write(search);
	});
}

/**
 * The browser's URL, written with `history.replaceState`. Writes stop once the user has left
 * the page it was made on: a late map move (a fit still animating) must not stamp the map's
 * query string onto the page the user went to next.
 */
export function browserUrlAccess(): UrlAccess {
	const home = window.location.pathname;
	return {
		read: () => window.location.search,
		write: (search) => {
			if (window.location.pathname !== home) return;
			const url = new URL(window.location.href);
			url.search = search;
			history.replaceState(history.state, '', url);
		}
	};
}
