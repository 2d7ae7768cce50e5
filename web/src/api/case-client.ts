import type { UserList } from '../../../server/contract/accounts';
import type {
	batchDispatchBodySchema,
	CaseDetail,
	caseActionBodySchema,
	CaseView
} from '../../../server/contract/cases';
import type { z } from 'zod';
import { apiFetch, requestJson, type FetchFn } from './client';
import type { IndicatorRow } from '../../../server/contract/case-indicators';

export type { IndicatorRow };

export type { CaseDetail, CaseHistoryRow, CaseView } from '../../../server/contract/cases';
export type CaseActionRequest = z.input<typeof caseActionBodySchema>;
export type BatchDispatchRequest = z.input<typeof batchDispatchBodySchema>;

export interface TaskCount {
	open: number;
	overdue: number;
	dueSoon: number;
}

/** `POST /api/cases/dispatch`: how many were dispatched, and each case's outcome. */
export interface BatchDispatchResult {
	dispatched: number;
	results: { id: string; ok: boolean; status: string; message?: string }[];
}

/** Client for `/api/cases` (issue 14); `fetchFn` is injected so tests need no server. */
export function createCaseClient(fetchFn: FetchFn = apiFetch) {
	const get = <T>(path: string, signal?: AbortSignal) => requestJson<T>(fetchFn, path, { signal });
	const post = <T>(path: string, body: unknown) =>
		requestJson<T>(fetchFn, path, { method: 'POST', body: JSON.stringify(body) });
	return {
		/** `query` from `casesQuery` (case-list-url.ts). */
		list: (query: string, signal?: AbortSignal) =>
			get<{ cases: CaseView[]; total: number }>(`/api/cases?${query}`, signal),
		get: (id: string, signal?: AbortSignal) =>
			get<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`, signal),
		act: (id: string, body: CaseActionRequest, lang: string) =>
			post<CaseView>(`/api/cases/${encodeURIComponent(id)}/actions?lang=${lang}`, body),
		dispatch: (body: BatchDispatchRequest, lang: string) =>
			post<BatchDispatchResult>(`/api/cases/dispatch?lang=${lang}`, body),
		indicators: (
			by: 'zone' | 'unit' | 'person' | 'month',
			from: string,
			to: string,
			signal?: AbortSignal
		) =>
			get<{ rows: IndicatorRow[] }>(`/api/cases/indicators?by=${by}&from=${from}&to=${to}`, signal),
		mine: (signal?: AbortSignal) => get<TaskCount>('/api/cases/mine/count', signal),
		users: (signal?: AbortSignal) => get<UserList>('/api/users', signal)
	};
}

export type CaseClient = ReturnType<typeof createCaseClient>;
