import type {
	FacilityInspectionView,
	FacilityList,
	StandingTargetList
} from '../../../server/contract/facilities';
import { apiFetch, requestJson, type FetchFn } from './client';

export type { FacilityList, StandingTargetList };

/** Client for `/api/facilities` and `/api/standing-targets` (issue 17 item 5). */
export function createFacilityClient(fetchFn: FetchFn = apiFetch) {
	return {
		list: (query: string, signal?: AbortSignal) =>
			requestJson<FacilityList>(fetchFn, `/api/facilities${query ? `?${query}` : ''}`, {
				signal
			}),
		targets: (query: string, signal?: AbortSignal) =>
			requestJson<StandingTargetList>(fetchFn, `/api/standing-targets${query ? `?${query}` : ''}`, {
				signal
			}),
		inspect: (
			id: string,
			body: { present: boolean; working: boolean; baitTaken?: boolean | null; note?: string },
			lang: string
		) =>
			requestJson<FacilityInspectionView>(
				fetchFn,
				`/api/facilities/${encodeURIComponent(id)}/inspections?lang=${lang}`,
				{ method: 'POST', body: JSON.stringify(body) }
			)
	};
}
