import type { z } from 'zod';
import type {
	CampaignDetail,
	CampaignSummary,
	CampaignTargetsAdded
} from '../../../server/contract/campaign-plan-results';
import type {
	campaignPhaseBodySchema,
	campaignTargetsBodySchema,
	campaignTargetsPatchSchema
} from '../../../server/contract/campaign-plans';
import type { campaignBodySchema } from '../../../server/contract/periods';
import { apiFetch, requestJson, type FetchFn } from './client';

export type {
	CampaignDetail,
	CampaignEffect,
	CampaignPhase,
	CampaignProgress,
	CampaignSummary,
	CampaignTarget,
	ProgressRow
} from '../../../server/contract/campaign-plan-results';
export type CampaignBody = z.input<typeof campaignBodySchema>;
export type PhaseBody = z.input<typeof campaignPhaseBodySchema>;
export type TargetsBody = z.input<typeof campaignTargetsBodySchema>;
export type TargetsPatch = z.input<typeof campaignTargetsPatchSchema>;

/** Client for `/api/campaigns` (issue 17 part 6): campaigns, their phases and targets. */
export function createCampaignClient(fetchFn: FetchFn = apiFetch) {
	const request = <T>(path: string, init: RequestInit = {}) => requestJson<T>(fetchFn, path, init);
	const send = <T>(method: string, path: string, body?: unknown) =>
		request<T>(path, { method, body: body === undefined ? undefined : JSON.stringify(body) });
	const at = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;
	return {
		list: (signal?: AbortSignal) =>
			request<{ campaigns: CampaignSummary[] }>('/api/campaigns', { signal }),
		get: (id: string, signal?: AbortSignal) => request<CampaignDetail>(at(id), { signal }),
		create: (body: CampaignBody) => send<{ id: string }>('POST', '/api/campaigns', body),
		update: (id: string, body: CampaignBody) => send<{ id: string }>('PUT', at(id), body),
		addPhase: (id: string, body: PhaseBody) => send('POST', `${at(id)}/phases`, body),
		updatePhase: (id: string, phaseId: string, body: PhaseBody) =>
			send('PUT', `${at(id)}/phases/${encodeURIComponent(phaseId)}`, body),
		deletePhase: (id: string, phaseId: string) =>
			send('DELETE', `${at(id)}/phases/${encodeURIComponent(phaseId)}`),
		addTargets: (id: string, body: TargetsBody) =>
			send<CampaignTargetsAdded>('POST', `${at(id)}/targets`, body),
		patchTargets: (id: string, body: TargetsPatch) =>
			send<{ updated: number }>('PATCH', `${at(id)}/targets`, body)
	};
}
