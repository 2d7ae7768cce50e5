import type { DensityResponse, DensitySeriesResponse } from '../../../server/contract/density';
import type {
	HotspotWebResponse,
	PriorityResponse,
	RoadRankingCollection
} from '../../../server/contract/hotspots';
import type { KeyGroupList } from '../../../server/contract/key-groups';
import type { DatasetMeta, LayerCollection, LayerId } from '../../../server/contract/layers';
import type { Catalogues } from './catalogues';
import { fetchCompactLayer } from './compact-layer';

/** An API failure: the server's `{ error: { code, message } }`, or `network` when unreachable. */
export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		/** Seconds from a 429's `Retry-After`, else null. */
		readonly retryAfter: number | null = null
	) {
		super(message);
		this.name = 'ApiError';
	}
}

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export function isAbortError(error: unknown): boolean {
	return error instanceof DOMException && error.name === 'AbortError';
}

export async function readError(response: Response): Promise<ApiError> {
	const retry = Number(response.headers.get('retry-after'));
	const retryAfter = Number.isFinite(retry) && retry > 0 ? Math.ceil(retry) : null;
	try {
		const body = (await response.json()) as { error?: { code?: string; message?: string } };
		const { code = 'http_error', message = response.statusText } = body.error ?? {};
		return new ApiError(response.status, code, message, retryAfter);
	} catch {
		return new ApiError(response.status, 'http_error', response.statusText, retryAfter);
	}
}

type UnauthenticatedListener = (path: string) => void;
const unauthenticatedListeners = new Set<UnauthenticatedListener>();

/**
 * Calls `listener` whenever a request made through `apiFetch` answers 401 `unauthenticated`
 * (the session ended or expired); returns the function that stops listening.
 */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
	unauthenticatedListeners.add(listener);
	return () => unauthenticatedListeners.delete(listener);
}

/**
 * The browser's `fetch` for every API client: the session cookie goes along (same origin),
 * and a 401 `unauthenticated` from any page's request tells the session listeners, which send
 * the user to the login page. A 401 of another code (a wrong password) is left to the caller.
 */
export const apiFetch: FetchFn = async (input, init) => {
	const response = await fetch(input, { credentials: 'same-origin', ...init });
	if (response.status === 401 && unauthenticatedListeners.size > 0) {
		const code = await response
			.clone()
			.json()
			.then((b: { error?: { code?: string } }) => b.error?.code)
			.catch(() => undefined);
		if (code === 'unauthenticated') for (const l of unauthenticatedListeners) l(input);
	}
	return response;
};

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
	if (response.status === 204) return undefined as T;
	return (await response.json()) as T;
}

/** Typed client for the SaniMap API; `fetchFn` is injected so tests need no server. */
export function createApiClient(fetchFn: FetchFn = apiFetch) {
	const getJson = <T>(path: string, signal?: AbortSignal) =>
		requestJson<T>(fetchFn, path, { signal });

	return {
		meta: (signal?: AbortSignal) => getJson<DatasetMeta>('/api/meta', signal),
		catalogues: (signal?: AbortSignal) => getJson<Catalogues>('/api/catalogues', signal),
		layer: <L extends LayerId>(layer: L, query: string, signal?: AbortSignal) =>
			getJson<LayerCollection<L>>(`/api/layers/${layer}${query ? `?${query}` : ''}`, signal),
		/** Surveys and blind spots for the map in compact form (Arrow; issue 18). */
		compactLayer: <L extends LayerId>(layer: L, query: string, signal?: AbortSignal) =>
			fetchCompactLayer(fetchFn, layer, query, signal),
		/** `query` from `buildDensityQuery`. */
		density: (query: string, signal?: AbortSignal) =>
			getJson<DensityResponse>(`/api/density?${query}`, signal),
		/** `query` from `buildDensitySeriesQuery`. */
		densitySeries: (query: string, signal?: AbortSignal) =>
			getJson<DensitySeriesResponse>(`/api/density/series?${query}`, signal),
		/** `query` from `buildHotspotQuery`. */
		hotspots: (query: string, signal?: AbortSignal) =>
			getJson<HotspotWebResponse>(`/api/hotspots?${query}`, signal),
		/** `url` from `buildRoadRankingUrl(…, 'geojson')`. */
		roadRanking: (url: string, signal?: AbortSignal) => getJson<RoadRankingCollection>(url, signal),
		/** `url` from `buildPrioritiesUrl(…, 'json')`. */
		priorities: (url: string, signal?: AbortSignal) => getJson<PriorityResponse>(url, signal),
		/** The key groups (issue 16): the ranking's tabs. */
		keyGroups: (signal?: AbortSignal) => getJson<KeyGroupList>('/api/key-groups', signal)
	};
}

export type ApiClient = ReturnType<typeof createApiClient>;
