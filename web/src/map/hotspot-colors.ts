import { hexToRgba, type Rgba } from './colors';

/** A Gi* bin: −3 … 3, cold/hot at 99, 95, 90 % confidence; 0 not significant. */
export type HotspotBin = -3 | -2 | -1 | 0 | 1 | 2 | 3;
/** Legend order: hottest first, as ArcGIS's Hot Spot Analysis lists them. */
export const HOTSPOT_BINS: readonly HotspotBin[] = [3, 2, 1, 0, -1, -2, -3];

/**
 * ColorBrewer RdBu (7 classes, colour-blind safe, diverging): reds for hot, blues for cold, a
 * near-white neutral that the map draws almost transparent.
 */
export const HOTSPOT_BIN_COLORS: Record<HotspotBin, string> = {
	3: '#b2182b',
	2: '#ef8a62',
	1: '#fddbc7',
	0: '#f7f7f7',
	[-1]: '#d1e5f0',
	[-2]: '#67a9cf',
	[-3]: '#2166ac'
};

/** Fill opacity of significant cells: the colour reads, roads and points show through. */
export const HOTSPOT_FILL_ALPHA = 200;
/** Not-significant cells only hint at the study area's extent. */
export const HOTSPOT_NEUTRAL_ALPHA = 40;

/** Clamps any number to a bin (the API sends −3 … 3; anything else is treated as its sign's end). */
export function toHotspotBin(bin: number): HotspotBin {
	return Math.max(-3, Math.min(3, Math.round(bin))) as HotspotBin;
}

export function hotspotFill(bin: number): Rgba {
	const b = toHotspotBin(bin);
	return hexToRgba(HOTSPOT_BIN_COLORS[b], b === 0 ? HOTSPOT_NEUTRAL_ALPHA : HOTSPOT_FILL_ALPHA);
}

/** The confidence a bin stands for, in percent; null for 0. */
export function binConfidence(bin: number): 90 | 95 | 99 | null {
	const level = Math.abs(toHotspotBin(bin));
	return level === 3 ? 99 : level === 2 ? 95 : level === 1 ? 90 : null;
}

/**
 * Road reports per 100 m, upper bounds of the classes after zero (fixed, so colours mean the
 * same in every period). A segment of the demo town's worst key road reaches ~3.
 */
export const ROAD_RATE_BREAKS = [0.5, 1, 2] as const;

/** Zero, then ColorBrewer YlOrRd's four darker classes (sequential, colour-blind safe). */
export const ROAD_RATE_COLORS = ['#bdbdbd', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'] as const;

/** The class of a rate: 0 for no reports, 1 … 4 by `ROAD_RATE_BREAKS`. */
export function roadRateClass(per100m: number): number {
	if (!(per100m > 0)) return 0;
	const i = ROAD_RATE_BREAKS.findIndex((b) => per100m < b);
	return i < 0 ? ROAD_RATE_BREAKS.length + 1 : i + 1;
}

/**
 * KDE heat map ramp (YlOrRd, light to dark) for deck.gl's HeatmapLayer `colorRange`. YlOrRd's
 * palest step (#ffffb2) is left out: on the light basemap it could not be seen.
 */
export const HEATMAP_COLORS: readonly string[] = [
	'#fed976',
	'#feb24c',
	'#fd8d3c',
	'#f03b20',
	'#bd0026'
];
