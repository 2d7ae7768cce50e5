import type { VolunteerActivityView } from '../../../server/contract/patrols';
import type {
	CoverageView,
	ScorecardReport,
	VolunteerCommunityCount
} from '../../../server/contract/scorecards';
import { apiFetch, requestJson, type FetchFn } from './client';

export type { CoverageView, ScorecardReport, VolunteerActivityView, VolunteerCommunityCount };

export interface VolunteerList {
	activities: VolunteerActivityView[];
	byCommunity: VolunteerCommunityCount[];
}

/** Client for patrol coverage, scorecards and volunteer work (issue 15 items 4–6). */
export function createPatrolClient(fetchFn: FetchFn = apiFetch) {
	const get = <T>(path: string, signal?: AbortSignal) => requestJson<T>(fetchFn, path, { signal });
	return {
		coverage: (period: 'day' | 'week', date: string, signal?: AbortSignal) =>
			get<CoverageView>(`/api/patrols/coverage?period=${period}&date=${date}`, signal),
		scorecards: (month: string, signal?: AbortSignal) =>
			get<ScorecardReport>(`/api/scorecards?month=${month}`, signal),
		volunteers: (from: string, to: string, signal?: AbortSignal) =>
			get<VolunteerList>(`/api/volunteer-activities?from=${from}&to=${to}`, signal)
	};
}

/**
 * `POST /api/volunteer-activities` as multipart/form-data (text fields and up to six
 * `photos`); the server's refusal comes back as an ApiError with its message.
 */
export async function logVolunteerActivity(
	form: FormData,
	lang: string,
	fetchFn: FetchFn = apiFetch
): Promise<VolunteerActivityView> {
	const res = await fetchFn(`/api/volunteer-activities?lang=${encodeURIComponent(lang)}`, {
		method: 'POST',
		body: form
	});
	if (res.ok) return (await res.json()) as VolunteerActivityView;
	const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
	throw new Error(body.error?.message ?? `HTTP ${res.status}`);
}
