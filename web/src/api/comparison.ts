import type { hc, InferResponseType } from 'hono/client';
import type { AppType } from '../../../server/app';
import { requestJson, type FetchFn } from './client';
import type { Pest } from './codes';

type Client = ReturnType<typeof hc<AppType>>;

/** `GET /api/compare`: period A against period B per zone or grid. */
export type CompareResponse = InferResponseType<Client['api']['compare']['$get'], 200>;
export type CompareUnit = CompareResponse['units'][number];
export type LevelChange = CompareUnit['levelChange'];
/** `GET /api/series`: monthly index per year with baseline anomalies and the A/B/C limits. */
export type SeriesResponse = InferResponseType<Client['api']['series']['$get'], 200>;
/** `GET /api/spraying/effect`: decline and RPI per spray round. */
export type SprayingResponse = InferResponseType<Client['api']['spraying']['effect']['$get'], 200>;
export type SprayRound = SprayingResponse['rounds'][number];
export type Verdict = SprayRound['verdict'];
/** `GET /api/overview`: one season against the same season last year. */
export type OverviewResponse = InferResponseType<Client['api']['overview']['$get'], 200>;
export type OverviewPest = OverviewResponse['pests'][number];
/** `GET /api/hotspots/emerging`: hexagons with an emerging hot spot category. */
export type EmergingResponse = InferResponseType<
	Client['api']['hotspots']['emerging']['$get'],
	200
>;
/** `GET /api/campaigns`. */
export type CampaignsResponse = InferResponseType<Client['api']['campaigns']['$get'], 200>;
export type Campaign = CampaignsResponse['campaigns'][number];

export interface CompareParams {
	pest: Pest;
	method: string;
	a: string;
	b: string;
	by: 'zone' | 'grid';
}

function compareParams(q: CompareParams): URLSearchParams {
	return new URLSearchParams({ pest: q.pest, method: q.method, a: q.a, b: q.b, by: q.by });
}

export function buildCompareUrl(q: CompareParams): string {
	return `/api/compare?${compareParams(q)}`;
}

/** The table as a file, with headers in the reader's language. */
export function buildCompareExportUrl(
	q: CompareParams,
	format: 'csv' | 'xlsx',
	lang: 'zh-CN' | 'en'
): string {
	const p = compareParams(q);
	p.set('format', format);
	p.set('lang', lang);
	return `/api/compare/export?${p}`;
}

export function buildSeriesUrl(pest: Pest, method: string, years: readonly number[]): string {
	return `/api/series?${new URLSearchParams({ pest, method, years: years.join(',') })}`;
}

export function buildSprayingUrl(pest: Pest, method: string): string {
	return `/api/spraying/effect?${new URLSearchParams({ pest, method })}`;
}

export function buildOverviewUrl(season: string | null): string {
	return season ? `/api/overview?${new URLSearchParams({ season })}` : '/api/overview';
}

/** Blind-spot emerging hot spots by season on H3 res 9 (the default analysis). */
export const EMERGING_URL = '/api/hotspots/emerging?subject=blindspots&slice=season&res=9&k=1';

/**
 * Fetches one of the endpoints above. Kept apart from `createApiClient` (whose file other
 * features extend) with the same error shape: `ApiError` with the server's code and message.
 */
export function fetchComparisonJson<T>(
	url: string,
	signal: AbortSignal,
	fetchFn: FetchFn = (input, init) => fetch(input, init)
): Promise<T> {
	return requestJson<T>(fetchFn, url, { signal });
}
