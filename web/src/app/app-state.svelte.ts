import { createApiClient, type ApiClient } from '../api/client';
import { BasemapSettings } from '../state/basemap-settings.svelte';
import { Dataset } from '../state/dataset.svelte';
import { DensityData } from '../state/density-data.svelte';
import { DensitySettings } from '../state/density-settings.svelte';
import { autoLoad } from '../state/json-loader.svelte';
import { Filters } from '../state/filters.svelte';
import { HotspotData } from '../state/hotspot-data.svelte';
import { HotspotSettings } from '../state/hotspot-settings.svelte';
import type { LangStore } from '../state/lang';
import { findLoadedFeature, LayerData, loadFeatureDetails } from '../state/layer-data.svelte';
import { LayerVisibility } from '../state/layer-visibility.svelte';
import { MapViewState } from '../state/map-view.svelte';
import { Selection } from '../state/selection.svelte';
import { Symbology } from '../state/symbology.svelte';
import { restoreFromUrl, syncToUrl, type UrlAccess } from '../state/url-sync.svelte';
import { locale } from '../i18n';

/** Everything the dashboard shows, created once per page. */
export function createAppState(api: ApiClient = createApiClient()) {
	const filters = new Filters();
	const visibility = new LayerVisibility();
	const view = new MapViewState();
	const dataset = new Dataset(api);
	const densitySettings = new DensitySettings();
	const hotspotSettings = new HotspotSettings();
	const lastDate = () => dataset.meta?.dateRange.to ?? null;
	const layers = new LayerData(api.layer, filters, visibility, view, api.compactLayer);
	return {
		api,
		locale,
		filters,
		visibility,
		view,
		symbology: new Symbology(),
		selection: new Selection(
			(ref) => findLoadedFeature(layers, ref),
			(ref) => loadFeatureDetails(api, ref)
		),
		dataset,
		layers,
		basemap: new BasemapSettings(),
		densitySettings,
		density: new DensityData(api, densitySettings, lastDate),
		hotspotSettings,
		hotspots: new HotspotData(api, hotspotSettings, {
			lastDate,
			methodsOf: (pest) =>
				(dataset.catalogues?.surveyMethods ?? []).filter((m) => m.pest === pest).map((m) => m.code)
		})
	};
}
export type AppState = ReturnType<typeof createAppState>;

/**
 * Restores intent from the URL, keeps the URL in step and starts loading; the shell has
 * already chosen the language (state/lang-sync). Call during component initialisation: it
 * creates effects.
 */
export function startApp(app: AppState, url: UrlAccess, store: LangStore | null): void {
	app.basemap.useStorage(store);
	restoreFromUrl(url, app);
	syncToUrl(url, app);
	$effect(() => {
		document.title = app.locale.t('app.title');
	});
	autoLoad(
		() => true,
		(_, signal) => app.dataset.load(signal)
	);
	app.layers.start();
	app.density.start();
	app.hotspots.start();
}
