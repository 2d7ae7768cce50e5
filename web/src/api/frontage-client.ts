import type { FeatureCollection, Point } from 'geojson';
import type { z } from 'zod';
import type {
	FrontageFeatureProperties,
	FrontageUnitDetail
} from '../../../server/contract/frontage';
import type { patchFrontageBodySchema } from '../../../server/contract/frontage-requests';
import { apiFetch, requestJson, type FetchFn } from './client';

export type { FrontageFeatureProperties, FrontageUnitDetail };
export type FrontageCollection = FeatureCollection<Point, FrontageFeatureProperties>;
export type FrontagePatch = z.input<typeof patchFrontageBodySchema>;

/** Client for `/api/frontage` (issue 15 item 2); `fetchFn` is injected so tests need no server. */
export function createFrontageClient(fetchFn: FetchFn = apiFetch) {
	return {
		list: (query: string, signal?: AbortSignal) =>
			requestJson<FrontageCollection>(fetchFn, `/api/frontage${query ? `?${query}` : ''}`, {
				signal
			}),
		get: (id: string, signal?: AbortSignal) =>
			requestJson<FrontageUnitDetail>(fetchFn, `/api/frontage/${encodeURIComponent(id)}`, {
				signal
			}),
		update: (id: string, body: FrontagePatch, lang: string) =>
			requestJson<FrontageFeatureProperties>(
				fetchFn,
				`/api/frontage/${encodeURIComponent(id)}?lang=${lang}`,
				{ method: 'PATCH', body: JSON.stringify(body) }
			),
		/** 注销: the unit leaves the map and patrol lists; its page keeps the history. */
		retire: (id: string, lang: string) =>
			requestJson<FrontageFeatureProperties>(
				fetchFn,
				`/api/frontage/${encodeURIComponent(id)}?lang=${lang}`,
				{ method: 'DELETE' }
			)
	};
}

/** The ledger download with the list's filters. */
export function frontageExportUrl(query: string, format: 'csv' | 'xlsx', lang: string): string {
	return `/api/frontage/export?${query ? `${query}&` : ''}format=${format}&lang=${lang}`;
}
