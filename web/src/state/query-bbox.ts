import { bboxArea, bboxContains, padBbox, type Bbox } from '$geo/bbox';

/** How far beyond the view a request reaches, as a fraction of the view's size per side. */
export const QUERY_BBOX_PADDING = 0.5;
/**
 * A loaded box this many times the view's area is too coarse after zooming in (it carries
 * features nobody sees), so it is replaced; (1 + 2 × 0.5)² = 4 is the fresh ratio.
 */
export const MAX_QUERY_TO_VIEW_AREA = 16;

/**
 * The bbox to request layers for: the loaded one while it still covers the view well, else
 * the view padded on every side. Keeping it stable is what stops small pans from refetching.
 */
export function nextQueryBbox(loaded: Bbox | null, view: Bbox): Bbox {
	if (loaded && bboxContains(loaded, view)) {
		const viewArea = bboxArea(view);
		if (viewArea > 0 && bboxArea(loaded) / viewArea <= MAX_QUERY_TO_VIEW_AREA) return loaded;
	}
	return padBbox(view, QUERY_BBOX_PADDING);
}
