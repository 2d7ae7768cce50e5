/**
 * The zoom bands of the map's point layers (issue 18), shared by the server (which answers
 * with H3 cell counts below AGGREGATE_BELOW_ZOOM when more than AGGREGATE_MIN_POINTS match)
 * and the map (which sends the band's zoom, so moving inside a band never refetches). Zod-free.
 */

/** At zoom 14 a 1280 px view spans about 2 km: points no longer pile up, so they stay points. */
export const AGGREGATE_BELOW_ZOOM = 14;
/**
 * Cells only when more points than this match the view: 20k points still draw in one frame
 * and read as points (the demo town's 11k surveys stay points at every zoom); past it they
 * overlap into a blot and the payload grows (~25 bytes a point as Arrow, ~250 as GeoJSON).
 */
export const AGGREGATE_MIN_POINTS = 20_000;

/**
 * The H3 resolution drawn at a zoom, about 10–30 px across: r7 (edge 1.2 km) below zoom 11,
 * r8 (460 m) below 12.5, r9 (175 m) up to AGGREGATE_BELOW_ZOOM.
 */
export function h3ResolutionForZoom(zoom: number): 7 | 8 | 9 {
	return zoom < 11 ? 7 : zoom < 12.5 ? 8 : 9;
}

/** The zoom a map sends for its band (the band's lowest zoom): 0, 11, 12.5 or 14. */
export function zoomBand(zoom: number): number {
	return zoom < 11
		? 0
		: zoom < 12.5
			? 11
			: zoom < AGGREGATE_BELOW_ZOOM
				? 12.5
				: AGGREGATE_BELOW_ZOOM;
}
