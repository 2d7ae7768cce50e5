import type { DensityResponse, DensitySeriesResponse } from '../../../server/contract/density';
import type {
	HotspotCollection,
	PriorityResponse,
	RoadRankingCollection
} from '../../../server/contract/hotspots';
import type { DatasetMeta, LayerCollection, LayerId } from '../../../server/contract/layers';
import type { Catalogues } from './catalogues';

/** An API failure: the server's `{ error: { code, message } }`, or `network` when unreachable. */
export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string
	) {
		super(message);
		this.name = 'ApiError';
	}
}

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export function isAbortError(error: unknown): boolean {
	return error instanceof DOMException && error.name === 'AbortError';
}

async function readError(response: Response): Promise<ApiError> {
	try {
		const body = (await response.json()) as { error?: { code?: string; message?: string } };
		const { code = 'http_error', message = response.statusText } = body.error ?? {};
		return new ApiError(response.status, code, message);
	} catch {
		return new ApiError(response.status, 'http_error', response.statusText);
	}
}

/**
 * One JSON request with SaniMap's error shape: a network failure is `ApiError` 0/network, a
 * 4xx/5xx the server's `{error:{code,message}}`; an abort is rethrown as it is.
 */
export async function requestJson<T>(
	fetchFn: FetchFn,
	path: string,
	init: RequestInit = {}
): Promise<T> {
	let response: Response;
	try {
		const headers: Record<string, string> = { accept: 'application/json' };
		if (init.body !== undefined) headers['content-type'] = 'application/json';
		response = await fetchFn(path, { ...init, headers });
	} catch (error) {
		if (isAbortError(error)) throw error;
		throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
	}
	if (!response.ok) throw await readError(response);
	return (await response.json()) as T;
}

/** Typed client for the SaniMap API; `fetchFn` is injected so tests need no server. */
export function createApiClient(fetchFn: FetchFn = (input, init) => fetch(input, init)) {
	const getJson = <T>(path: string, signal?: AbortSignal) =>
		requestJson<T>(fetchFn, path, { signal });

	return {
		meta: (signal?: AbortSignal) => getJson<DatasetMeta>('/api/meta', signal),
		catalogues: (signal?: AbortSignal) => getJson<Catalogues>('/api/catalogues', signal),
		layer: <L extends LayerId>(layer: L, query: string, signal?: AbortSignal) =>
			getJson<LayerCollection<L>>(`/api/layers/${layer}${query ? `?${query}` : ''}`, signal),
		/** `query` from `buildDensityQuery`. */
		density: (query: string, signal?: AbortSignal) =>
			getJson<DensityResponse>(`/api/density?${query}`, signal),
		/** `query` from `buildDensitySeriesQuery`. */
		densitySeries: (query: string, signal?: AbortSignal) =>
			getJson<DensitySeriesResponse>(`/api/density/series?${query}`, signal),
		/** `query` from `buildHotspotQuery`. */
		hotspots: (query: string, signal?: AbortSignal) =>
			getJson<HotspotCollection>(`/api/hotspots?${query}`, signal),
		/** `url` from `buildRoadRankingUrl(…, 'geojson')`. */
		roadRanking: (url: string, signal?: AbortSignal) => getJson<RoadRankingCollection>(url, signal),
		/** `url` from `buildPrioritiesUrl(…, 'json')`. */
		priorities: (url: string, signal?: AbortSignal) => getJson<PriorityResponse>(url, signal)
	};
}

export type ApiClient = ReturnType<typeof createApiClient>;
