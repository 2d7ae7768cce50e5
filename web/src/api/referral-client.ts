import type { ReferralSheetView } from '../../../server/contract/frontage';
import { apiFetch, requestJson, type FetchFn } from './client';

/** Client for `GET /api/referrals/{caseId}` (issue 15 item 3, the 移交单). */
export function createReferralClient(fetchFn: FetchFn = apiFetch) {
	return {
		sheet: (caseId: string, signal?: AbortSignal) =>
			requestJson<ReferralSheetView>(fetchFn, `/api/referrals/${encodeURIComponent(caseId)}`, {
				signal
			})
	};
}
