import type { DensityUnitJson, DensityUnitKind, Level } from '../../../server/contract/density';
import type { Pest } from './codes';

export type { DensityUnitJson, DensityUnitKind, Level };

/** The units `/api/density` groups by, restated at run time (the contract is type-only here). */
export const DENSITY_UNIT_KINDS = ['zone', 'grid', 'h3'] as const satisfies DensityUnitKind[];
/** H3 resolutions the API accepts: the ones stored on every point (geo/h3-resolutions.ts). */
export { H3_RESOLUTIONS } from '$geo/h3-resolutions';

export interface DensityQueryParams {
	pest: Pest;
	by: DensityUnitKind;
	/** H3 resolution; sent only when `by` is `h3`. */
	res: number;
	/** ISO dates, inclusive; null leaves the bound to the server (the pest's survey range). */
	from: string | null;
	to: string | null;
}

function densityParams(q: DensityQueryParams): URLSearchParams {
	const p = new URLSearchParams({ pest: q.pest, by: q.by });
	if (q.by === 'h3') p.set('res', String(q.res));
	if (q.from) p.set('from', q.from);
	if (q.to) p.set('to', q.to);
	return p;
}

/** Query string of `GET /api/density`, keys in a fixed order so equal queries compare equal. */
export function buildDensityQuery(q: DensityQueryParams): string {
	return densityParams(q).toString();
}

/** `GET /api/density/series` for one zone or grid over the server's default 3-year window. */
export function buildDensitySeriesQuery(pest: Pest, unit: string): string {
	return new URLSearchParams({ pest, unit }).toString();
}

/** The export download for the same query, with headers in the reader's language. */
export function buildDensityExportUrl(
	q: DensityQueryParams,
	format: 'csv' | 'xlsx',
	lang: 'zh-CN' | 'en'
): string {
	const p = densityParams(q);
	p.set('format', format);
	p.set('lang', lang);
	return `/api/density/export?${p.toString()}`;
}
