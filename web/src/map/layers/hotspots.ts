import { HeatmapLayer } from '@deck.gl/aggregation-layers';
import type { PickingInfo } from '@deck.gl/core';
import { PathLayer, PolygonLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Position } from 'geojson';
import type {
	HotspotCellList,
	HotspotWebResponse,
	SiteHotspotCollection
} from '../../api/hotspot-query';
import { computeGeometryBbox, padBbox, type Bbox } from '$geo/bbox';
import type { CrsId } from '$geo/crs';
import { shiftCoordinates } from '$geo/shift-for-basemap';
import { hexToRgba, type Rgba } from '../colors';
import type { CellRing } from '../h3-lazy.svelte';
import {
	HEATMAP_COLORS,
	hotspotFill,
	HOTSPOT_BINS,
	toHotspotBin,
	type HotspotBin
} from '../hotspot-colors';

export interface HotspotCell {
	h3: string;
	ring: Position[];
	bin: HotspotBin;
	fill: Rgba;
}

/**
 * Gi* cells as hexagons drawn from their ids (issue 18: the web asks `format=cells`), not-significant
 * ones first so significant edges draw on top; none until h3-js has loaded.
 */
export function formatHotspotCells(
	collection: HotspotWebResponse | null,
	cellRing: CellRing | null
): HotspotCell[] {
	if (!cellRing || (collection && collection.meta.neighbourhood !== 'h3')) return [];
	const cells = ((collection as HotspotCellList | null)?.cells ?? []).map((c) => {
		const bin = toHotspotBin(c.bin);
		return { h3: c.h3, ring: cellRing(c.h3), bin, fill: hotspotFill(bin) };
	});
	return cells.sort((a, b) => Math.abs(a.bin) - Math.abs(b.bin));
}

/** A survey site's Gi* result as a dot (issue 17: distance and nearest-site neighbourhoods). */
export interface HotspotSite {
	site: string;
	position: [number, number];
	bin: HotspotBin;
	fill: Rgba;
	/** No neighbour but itself: drawn white, Gi* cannot judge it. */
	alone: boolean;
}

/** Gi* sites as dots, not-significant ones first so hot and cold ones draw on top. */
export function formatHotspotSites(collection: HotspotWebResponse | null): HotspotSite[] {
	if (!collection || collection.meta.neighbourhood === 'h3') return [];
	const sites = (collection as SiteHotspotCollection).features.map((f) => {
		const bin = toHotspotBin(f.properties.bin);
		const [lng, lat] = f.geometry.coordinates;
		return {
			site: f.properties.site,
			position: [lng, lat] as [number, number],
			bin,
			fill: hotspotFill(bin),
			alone: f.properties.reason === 'no_neighbours'
		};
	});
	return sites.sort((a, b) => Math.abs(a.bin) - Math.abs(b.bin));
}

/** Site dots: coloured by confidence bin, grey when not significant, white when alone. */
export function renderHotspotSites(
	sites: HotspotSite[],
	onHover: (info: PickingInfo<HotspotSite>) => void
) {
	return new ScatterplotLayer<HotspotSite>({
		id: 'hotspots:sites',
		data: sites,
		pickable: true,
		autoHighlight: true,
		highlightColor: [255, 255, 255, 80],
		stroked: true,
		filled: true,
		radiusUnits: 'pixels',
		getRadius: (d) => (d.bin === 0 ? 6 : 8),
		lineWidthUnits: 'pixels',
		getLineWidth: (d) => (d.alone ? 2 : 1.2),
		getPosition: (d) => d.position,
		getFillColor: (d) =>
			d.alone ? [255, 255, 255, 235] : d.bin === 0 ? [200, 200, 200, 220] : d.fill,
		getLineColor: (d) =>
			d.alone ? [110, 110, 110, 255] : d.bin === 0 ? [90, 90, 90, 230] : [255, 255, 255, 230],
		onHover
	});
}

/** Cells per bin (the legend's counts). */
export function countBins(bins: readonly number[]): Record<HotspotBin, number> {
	const counts = Object.fromEntries(HOTSPOT_BINS.map((b) => [b, 0])) as Record<HotspotBin, number>;
	for (const bin of bins) counts[toHotspotBin(bin)]++;
	return counts;
}

/** Heat map bins: ~30 m, about one doorway's GPS scatter (RECURRENCE_RADIUS_M). */
export const HEAT_BIN_DEG = 0.0003;
/**
 * Most weight one bin adds. The density colours run up to the densest pixel, so one doorway
 * reported 40 times made every other street pale yellow on a light basemap (issue 11);
 * capped, a spot reported again and again still reads hottest without hiding the rest.
 */
export const HEAT_WEIGHT_CAP = 4;

export interface HeatPoint {
	position: [number, number];
	weight: number;
}

/** Points for the heat map: binned to ~30 m (mean position), weight = reports, capped. */
export function formatHeatPoints(
	features: readonly { geometry: { type: string; coordinates?: unknown } | null }[]
): HeatPoint[] {
	const bins = new Map<string, { lng: number; lat: number; n: number }>();
	for (const f of features) {
		if (f.geometry?.type !== 'Point') continue;
		const [lng, lat] = f.geometry.coordinates as [number, number];
		const key = `${Math.floor(lng / HEAT_BIN_DEG)},${Math.floor(lat / HEAT_BIN_DEG)}`;
		const bin = bins.get(key) ?? { lng: 0, lat: 0, n: 0 };
		bins.set(key, { lng: bin.lng + lng, lat: bin.lat + lat, n: bin.n + 1 });
	}
	return [...bins.values()].map((b) => ({
		position: [b.lng / b.n, b.lat / b.n],
		weight: Math.min(b.n, HEAT_WEIGHT_CAP)
	}));
}

export function renderHotspotCells(
	cells: HotspotCell[],
	onHover: (info: PickingInfo<HotspotCell>) => void
) {
	return new PolygonLayer<HotspotCell>({
		id: 'hotspots:cells',
		data: cells,
		pickable: true,
		autoHighlight: true,
		highlightColor: [255, 255, 255, 50],
		stroked: true,
		filled: true,
		lineWidthUnits: 'pixels',
		getPolygon: (d) => d.ring as [number, number][],
		getFillColor: (d) => d.fill,
		getLineColor: (d) => (d.bin === 0 ? [150, 150, 150, 70] : [255, 255, 255, 180]),
		getLineWidth: 0.6,
		onHover
	});
}

/** Kernel density of the raw points (radius in pixels, so the picture holds across zooms). */
export function renderHotspotHeatmap(points: HeatPoint[]) {
	return new HeatmapLayer<HeatPoint>({
		id: 'hotspots:heatmap',
		data: points,
		getPosition: (d) => d.position,
		getWeight: (d) => d.weight,
		// A block (~150 m) at the town's usual zoom 14–15, so neighbouring reports merge.
		radiusPixels: 50,
		intensity: 1.5,
		threshold: 0.05,
		colorRange: HEATMAP_COLORS.map((c) => hexToRgba(c).slice(0, 3) as [number, number, number]),
		opacity: 0.85
	});
}

/** Context kept round a cell flown to, in cell widths per side: its block and the next streets. */
export const CELL_VIEW_PADDING = 2;

/** The box to fly to for an H3 cell: the cell with its surroundings. */
export function cellBbox(h3: string, cellRing: CellRing): Bbox {
	return padBbox(
		computeGeometryBbox({ type: 'Polygon', coordinates: [cellRing(h3)] }),
		CELL_VIEW_PADDING
	);
}

/** A thick dark outline round the cell a list row pointed at (none until h3-js has loaded). */
export function renderCellHighlight(
	h3: string | null,
	crs: CrsId = 'wgs84',
	cellRing: CellRing | null = null
) {
	const ring = h3 && cellRing ? shiftCoordinates(cellRing(h3), crs) : null;
	return new PathLayer<Position[]>({
		id: 'hotspots:highlight',
		data: ring ? [ring] : [],
		widthUnits: 'pixels',
		getPath: (d) => d as [number, number][],
		getColor: [20, 20, 20, 240],
		getWidth: 4,
		jointRounded: true
	});
}
