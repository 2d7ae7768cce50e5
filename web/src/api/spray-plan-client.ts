import type {
	PlanBody,
	RouteExportFormat,
	TargetSource
} from '../../../server/contract/spray-plans';
import type { RoutePlan } from '../../../server/domain/routing/plan-routes';
import type { TargetStop } from '../../../server/services/spray-plan-targets';
import type { Progress, SavedPlan } from '../../../server/services/spray-plan-store';
import { requestJson, type FetchFn } from './client';

export type { Progress, RoutePlan, SavedPlan, TargetStop };
export type PlanRequest = Omit<PlanBody, 'seed'> & { seed?: number };
export type SavedRoute = SavedPlan['routes'][number];
export type SavedStop = SavedRoute['stops'][number];

/** A row of `GET /api/routes`: the plan without its routes, with stop and progress counts. */
export interface SavedPlanSummary {
	id: string;
	name: string;
	date: string;
	status: string;
	stops: number;
	teams?: number;
	unassigned: number;
	progress: Progress;
}

export interface TargetsResponse {
	source: TargetSource;
	stops: TargetStop[];
	limit: number;
	truncated: boolean;
}

/** One ranked place of `GET /api/priorities` (hot cells ranked with reasons). */
export interface PriorityPlace {
	rank: number;
	h3: string;
	score: number;
	centre: [number, number];
	zoneName?: string | null;
	roadName?: string | null;
}

export interface SavePlanRequest {
	name: string;
	date: string;
	pest?: string;
	distance: 'road' | 'straight';
	routes: RoutePlan['routes'];
	unassigned: RoutePlan['unassigned'];
}

export interface VisitRequest {
	status: 'done' | 'skipped';
	note?: string;
	chemical?: string;
	amount?: number;
	unit?: string;
	pest?: string;
	at?: string;
}

export interface VisitResponse {
	status: string;
	stopId: string;
	sprayEventId: string | null;
	progress?: Progress;
	planProgress: Progress;
}

/** Client for `/api/routes` (issue 5); `fetchFn` is injected so tests need no server. */
export function createRouteClient(fetchFn: FetchFn = (input, init) => fetch(input, init)) {
	const request = <T>(path: string, init: RequestInit = {}) => requestJson<T>(fetchFn, path, init);
	const post = <T>(path: string, body: unknown, signal?: AbortSignal) =>
		request<T>(path, { method: 'POST', body: JSON.stringify(body), signal });

	return {
		targets: (query: string, signal?: AbortSignal) =>
			request<TargetsResponse>(`/api/routes/targets?${query}`, { signal }),
		priorities: (signal?: AbortSignal) =>
			request<{ priorities: PriorityPlace[] }>('/api/priorities', { signal }),
		plan: (body: PlanRequest, signal?: AbortSignal) =>
			post<RoutePlan>('/api/routes/plan', body, signal),
		save: (body: SavePlanRequest) => post<SavedPlan>('/api/routes', body),
		list: (signal?: AbortSignal) =>
			request<{ plans: SavedPlanSummary[] }>('/api/routes', { signal }),
		get: (id: string, signal?: AbortSignal) =>
			request<SavedPlan>(`/api/routes/${encodeURIComponent(id)}`, { signal }),
		visit: (planId: string, stopId: string, body: VisitRequest) =>
			post<VisitResponse>(
				`/api/routes/${encodeURIComponent(planId)}/stops/${encodeURIComponent(stopId)}/visit`,
				body
			)
	};
}

export type RouteClient = ReturnType<typeof createRouteClient>;

/** The server's download link for one team's route. */
export function buildRouteExportUrl(
	planId: string,
	teamId: string,
	format: RouteExportFormat,
	lang: string
): string {
	const q = new URLSearchParams({ team: teamId, format, lang });
	return `/api/routes/${encodeURIComponent(planId)}/export?${q}`;
}
