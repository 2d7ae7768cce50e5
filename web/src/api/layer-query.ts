import type { LayerId } from '../../../server/contract/layers';
import { zoomBand } from '../../../server/contract/layer-zoom';

export type Bbox = [west: number, south: number, east: number, north: number];

/**
 * What the user filters by. A list that is null means "all"; an empty list means "none"
 * (nothing can match, so no request is made).
 */
export interface FilterValues {
	pests: string[] | null;
	methods: string[] | null;
	categories: string[] | null;
	statuses: string[] | null;
	/** ISO date `YYYY-MM-DD`, inclusive. */
	from: string | null;
	to: string | null;
}

/** Which filters each layer understands; the API refuses none, but ignoring them is clearer. */
const LAYER_FILTERS: Record<LayerId, readonly (keyof FilterValues)[]> = {
	zones: [],
	roads: [],
	pois: [],
	blindspots: ['from', 'to', 'categories', 'statuses'],
	surveys: ['from', 'to', 'pests', 'methods']
};

const PARAM_NAMES: Record<keyof FilterValues, string> = {
	pests: 'pest',
	methods: 'method',
	categories: 'category',
	statuses: 'status',
	from: 'from',
	to: 'to'
};

/** Rounds to 6 decimals (about 0.1 m), as the API does. */
const e6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The query string for one layer request, or null when a filter excludes everything.
 * Keys come in a fixed order so equal filters give equal strings (and no refetch).
 */
export function buildLayerQuery(
	layer: LayerId,
	filters: FilterValues,
	bbox: Bbox | null,
	zoom: number | null = null
) {
	const params = new URLSearchParams();
	if (bbox) params.set('bbox', bbox.map(e6).join(','));
	// The band's zoom, not the map's: moving inside a band asks the same (issue 18).
	if (zoom !== null) params.set('zoom', String(zoomBand(zoom)));
	for (const key of LAYER_FILTERS[layer]) {
		const value = filters[key];
		if (value === null || value === '') continue;
		if (Array.isArray(value)) {
			if (value.length === 0) return null;
			params.set(PARAM_NAMES[key], [...value].sort().join(','));
		} else {
			params.set(PARAM_NAMES[key], value);
		}
	}
	return params.toString();
}
