import type { DengueWeekResponse } from '../../../server/contract/dengue';
import { apiFetch, requestJson, type FetchFn } from './client';

export type { DengueWeekResponse };

/** Client of the dengue-season week (issue 17 lane B). */
export function createDengueClient(fetchFn: FetchFn = apiFetch) {
	return {
		week: (week: string | null, signal?: AbortSignal) =>
			requestJson<DengueWeekResponse>(
				fetchFn,
				`/api/dengue/weeks${week ? `?week=${encodeURIComponent(week)}` : ''}`,
				{ signal }
			)
	};
}
