import type { z } from 'zod';
import type { compareQuerySchema } from '../../../server/contract/comparison';
import { apiFetch, requestJson, type FetchFn } from './client';
import type { Pest } from './codes';

export type {
	CompareResponse,
	LevelChange,
	OverviewPest,
	OverviewResponse,
	RoundEffect as SprayRound,
	RoundSurveys,
	SeriesResponse,
	SprayingResponse,
	SprayVerdict as Verdict,
	UnitComparison as CompareUnit
} from '../../../server/contract/comparison';
export type { EmergingResponse } from '../../../server/contract/hotspots';
export type {
	CampaignsResponse,
	CampaignWindow as Campaign
} from '../../../server/contract/periods';

/** `GET /api/compare` as the page asks it: `by` always named. */
export type CompareParams = Required<z.input<typeof compareQuerySchema>>;

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
	fetchFn: FetchFn = apiFetch
): Promise<T> {
	return requestJson<T>(fetchFn, url, { signal });
}
