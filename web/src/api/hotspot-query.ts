import type { HotspotNeighbourhood, HotspotSubject } from '../../../server/contract/hotspots';
import type { Pest } from './codes';

export type {
	HotspotCellList,
	HotspotWebResponse,
	HotspotCollection,
	HotspotMeta,
	HotspotNeighbourhood,
	HotspotProperties,
	HotspotResponse,
	SiteHotspotCollection,
	SiteHotspotProperties,
	HotspotSubject,
	PriorityReason,
	PriorityResponse,
	PriorityRow,
	RoadRankingCollection,
	RoadRankingRow
} from '../../../server/contract/hotspots';

/** The subjects `/api/hotspots` analyses, restated at run time (the contract is type-only here). */
export const HOTSPOT_SUBJECTS = ['blindspots', 'open', 'pest'] as const satisfies HotspotSubject[];
/** Neighbourhood rings offered in the panel; the API takes up to 5, beyond 3 spreads too far in a town. */
export const HOTSPOT_RINGS = [1, 2, 3] as const;
/** Neighbourhoods, restated: grid cells for every subject; distance and nearest sites for surveys. */
export const HOTSPOT_NEIGHBOURHOODS = [
	'h3',
	'distance',
	'knn'
] as const satisfies HotspotNeighbourhood[];
/** Nearest-site counts offered in the panel (the API takes 1–30; 8 is its default). */
export const NEAREST_SITE_CHOICES = [4, 6, 8, 12, 16] as const;
/** The widest band the API takes, metres (MAX_BAND_M). */
export const MAX_BAND_M = 50_000;

export interface HotspotQueryParams {
	subject: HotspotSubject;
	/** Pest and survey method; sent only when `subject` is `pest`. */
	pest: Pest;
	method: string | null;
	res: number;
	k: number;
	fdr: boolean;
	/** Survey sites by distance or nearest sites (subject pest only); grid cells otherwise. */
	neighbourhood: HotspotNeighbourhood;
	/** Metres, for `distance`; null takes the server's default band. */
	bandM: number | null;
	/** For `knn`. */
	nearest: number;
	/** ISO dates, inclusive; null leaves the bound to the server. */
	from: string | null;
	to: string | null;
}

export type Lang = 'zh-CN' | 'en';
export type TableFormat = 'csv' | 'xlsx';

function period(p: URLSearchParams, q: { from: string | null; to: string | null }) {
	if (q.from) p.set('from', q.from);
	if (q.to) p.set('to', q.to);
	return p;
}

/** Query string of `GET /api/hotspots`, keys in a fixed order so equal queries compare equal. */
export function buildHotspotQuery(q: HotspotQueryParams): string {
	const p = new URLSearchParams({ subject: q.subject });
	if (q.subject === 'pest') {
		p.set('pest', q.pest);
		if (q.method) p.set('method', q.method);
	}
	p.set('res', String(q.res));
	p.set('k', String(q.k));
	p.set('fdr', String(q.fdr));
	if (q.subject === 'pest' && q.neighbourhood !== 'h3') {
		p.set('neighbourhood', q.neighbourhood);
		if (q.neighbourhood === 'distance' && q.bandM !== null) p.set('bandM', String(q.bandM));
		if (q.neighbourhood === 'knn') p.set('nearest', String(q.nearest));
	}
	period(p, q);
	// Grid cells as ids: the map draws the hexagons itself (issue 18), a third of the bytes.
	if (q.subject !== 'pest' || q.neighbourhood === 'h3') p.set('format', 'cells');
	return p.toString();
}

/** `from=…&to=…` alone: the blind spots of a period for the heat map (`/api/layers/blindspots`). */
export function buildPeriodQuery(span: { from: string | null; to: string | null }): string {
	return period(new URLSearchParams(), span).toString();
}

/** `GET /api/hotspots/roads` as GeoJSON (the map and the table) or as a download. */
export function buildRoadRankingUrl(
	span: { from: string | null; to: string | null },
	format: 'geojson' | TableFormat,
	options: { keyGroup?: string | null; lang?: Lang } = {}
): string {
	const p = period(new URLSearchParams(), span);
	if (options.keyGroup) p.set('keyGroup', options.keyGroup);
	p.set('format', format);
	if (options.lang) p.set('lang', options.lang);
	return `/api/hotspots/roads?${p.toString()}`;
}

/** `GET /api/priorities` as JSON or as a download in the reader's language. */
export function buildPrioritiesUrl(
	span: { from: string | null; to: string | null },
	limit: number,
	format: 'json' | TableFormat,
	lang?: Lang
): string {
	const p = period(new URLSearchParams(), span);
	p.set('limit', String(limit));
	p.set('format', format);
	if (lang) p.set('lang', lang);
	return `/api/priorities?${p.toString()}`;
}
