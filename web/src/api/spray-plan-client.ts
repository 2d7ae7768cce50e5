import type { PriorityResponse } from '../../../server/contract/hotspots';
import type {
	RoutePlan,
	SavedPlan,
	SavedPlanSummary,
	TargetsResponse,
	VisitResponse
} from '../../../server/contract/spray-plan-results';
import type {
	planBodySchema,
	RouteExportFormat,
	savePlanBodySchema,
	visitBodySchema
} from '../../../server/contract/spray-plans';
import type { z } from 'zod';
import { apiFetch, requestJson, type FetchFn } from './client';

export type {
	Progress,
	RoutePlan,
	SavedPlan,
	SavedPlanSummary,
	SavedRoute,
	SavedStop,
	SprayTask,
	TargetStop
} from '../../../server/contract/spray-plan-results';
export type { PriorityRow } from '../../../server/contract/hotspots';
/** `POST /api/routes/plan` as the web sends it: defaults (seed, service minutes) may be left out. */
export type PlanRequest = z.input<typeof planBodySchema>;
/** `POST /api/routes`: a generated plan, named and dated. */
export type SavePlanRequest = z.input<typeof savePlanBodySchema>;
/** `POST /api/routes/:id/stops/:stopId/visit`. */
export type VisitRequest = z.input<typeof visitBodySchema>;

/** Client for `/api/routes` (issue 5); `fetchFn` is injected so tests need no server. */
export function createRouteClient(fetchFn: FetchFn = apiFetch) {
	const request = <T>(path: string, init: RequestInit = {}) => requestJson<T>(fetchFn, path, init);
	const post = <T>(path: string, body: unknown, signal?: AbortSignal) =>
		request<T>(path, { method: 'POST', body: JSON.stringify(body), signal });

	return {
		targets: (query: string, signal?: AbortSignal) =>
			request<TargetsResponse>(`/api/routes/targets?${query}`, { signal }),
		priorities: (signal?: AbortSignal) => request<PriorityResponse>('/api/priorities', { signal }),
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
