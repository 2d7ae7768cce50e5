import type { AppState } from '../../app/app-state.svelte';
import { selectBasemapData } from '../../map/basemap/basemap-data';
import { formatDensityShapes } from '../../map/layers/density';
import {
	formatHeatPoints,
	formatHotspotCells,
	formatHotspotSites
} from '../../map/layers/hotspots';
import { formatRoadRates } from '../../map/layers/road-rates';
import { cellRing } from '../../map/h3-lazy.svelte';

/** What the map page draws besides the data layers: basemap data, density and hot-spot modes. */
export class MapOverlays {
	readonly basemap = $derived.by(() => {
		const { zones, roads, pois } = this.app.layers;
		return selectBasemapData({ zones: zones.data, roads: roads.data, pois: pois.data });
	});
	/** Density mode's units as shapes; null while density mode is off. */
	readonly densityShapes = $derived.by(() => {
		const { density, layers } = this.app;
		if (!density.query) return null;
		const ring = density.query.by === 'h3' ? cellRing() : null;
		return formatDensityShapes(
			density.units,
			density.query.by,
			layers.zones.data?.features ?? [],
			ring
		);
	});
	/** Gi* hexagons; null while hot-spot mode is off. */
	readonly hotspotCells = $derived.by(() => {
		const { hotspots } = this.app;
		// h3-js loads when the mode opens, alongside the Gi* request (the priority list needs it too).
		return hotspots.query ? formatHotspotCells(hotspots.cells.data, cellRing()) : null;
	});
	/** Gi* survey sites (distance or nearest-site neighbourhood); null while hot-spot mode is off. */
	readonly hotspotSites = $derived.by(() => {
		const { hotspots } = this.app;
		return hotspots.query ? formatHotspotSites(hotspots.cells.data) : null;
	});
	/** The period's blind spots for the heat map; null unless it replaces the hexagons. */
	readonly heatPoints = $derived.by(() => {
		const { hotspots, hotspotSettings } = this.app;
		return hotspots.query && hotspotSettings.kde
			? formatHeatPoints(hotspots.points.data?.features ?? [])
			: null;
	});
	/** Road segments by report rate; null while the road view is off. */
	readonly roadRates = $derived.by(() => {
		const { hotspots, hotspotSettings } = this.app;
		return hotspotSettings.roads ? formatRoadRates(hotspots.roads.data) : null;
	});

	constructor(private readonly app: AppState) {}
}
