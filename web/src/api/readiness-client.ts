import type {
	OverviewAssessmentResponse,
	ReadinessResponse,
	SanitaryUnitsResponse,
	SanitaryUnitView,
	SimulateResponse
} from '../../../server/contract/assessment-readiness';
import type { SanitaryTitle } from '../../../server/contract/assessment';
import { apiFetch, requestJson, type FetchFn } from './client';

export type {
	OverviewAssessmentResponse,
	ReadinessResponse,
	SanitaryUnitsResponse,
	SanitaryUnitView,
	SimulateResponse
};

/** Client of 迎检, 创建卫生单位 and the overview's assessment card (issue 16 lane D). */
export function createReadinessClient(fetchFn: FetchFn = apiFetch) {
	const get = <T>(path: string, signal?: AbortSignal) => requestJson<T>(fetchFn, path, { signal });
	return {
		readiness: (days: number | null, signal?: AbortSignal) =>
			get<ReadinessResponse>(`/api/assessment/readiness${days ? `?days=${days}` : ''}`, signal),
		simulate: (
			q: { seed: number | null; group: string; sections: number; lang: string },
			signal?: AbortSignal
		) => {
			const params = new URLSearchParams({
				group: q.group,
				sections: String(q.sections),
				lang: q.lang
			});
			if (q.seed !== null) params.set('seed', String(q.seed));
			return get<SimulateResponse>(`/api/assessment/readiness/simulate?${params}`, signal);
		},
		sanitaryUnits: (signal?: AbortSignal) =>
			get<SanitaryUnitsResponse>('/api/sanitary-units', signal),
		setTitle: (unitId: string, title: SanitaryTitle | null, since: string | null, lang: string) =>
			requestJson<SanitaryUnitView>(
				fetchFn,
				`/api/sanitary-units/${encodeURIComponent(unitId)}?lang=${lang}`,
				{ method: 'PUT', body: JSON.stringify({ title, since }) }
			),
		assess: (
			unitId: string,
			body: { assessedOn: string; score: number; passed: boolean; note: string | null },
			lang: string
		) =>
			requestJson<SanitaryUnitView>(
				fetchFn,
				`/api/sanitary-units/${encodeURIComponent(unitId)}/assessments?lang=${lang}`,
				{ method: 'POST', body: JSON.stringify(body) }
			),
		overview: (month: string | null, signal?: AbortSignal) =>
			get<OverviewAssessmentResponse>(
				`/api/overview/assessment${month ? `?month=${month}` : ''}`,
				signal
			)
	};
}
