import type { RewardRule } from '../../../server/contract/assessment';
import type {
	LedgerReport,
	ScoreDimension,
	ScoreLevel,
	ScoreOrder,
	ScorePeriod,
	ScoreReport
} from '../../../server/contract/assessment-scores';
import { apiFetch, requestJson, type FetchFn } from './client';

export type { LedgerReport, RewardRule, ScoreReport };

export interface ScoreParams {
	by: ScoreDimension;
	period: ScorePeriod;
	at: string;
	level: ScoreLevel;
	order: ScoreOrder;
}

export type RewardRuleInput = Omit<RewardRule, 'id'>;

export const scoreQuery = (p: ScoreParams) =>
	new URLSearchParams({ by: p.by, period: p.period, at: p.at, level: p.level, order: p.order });

/** Client for the 环卫考核 rankings, reward rules and ledger (issue 16 lane C). */
export function createAssessmentClient(lang: string, fetchFn: FetchFn = apiFetch) {
	const get = <T>(path: string, signal?: AbortSignal) => requestJson<T>(fetchFn, path, { signal });
	const send = <T>(method: string, path: string, body: unknown) =>
		requestJson<T>(fetchFn, `${path}?lang=${encodeURIComponent(lang)}`, {
			method,
			body: JSON.stringify(body)
		});
	return {
		scores: (p: ScoreParams, signal?: AbortSignal) =>
			get<ScoreReport>(`/api/assessment/scores?${scoreQuery(p)}`, signal),
		ledger: (month: string, signal?: AbortSignal) =>
			get<LedgerReport>(`/api/assessment/ledger?month=${month}`, signal),
		settle: (month: string) =>
			send<LedgerReport>('POST', '/api/assessment/ledger/settle', { month }),
		rules: (signal?: AbortSignal) => get<RewardRule[]>('/api/assessment/reward-rules', signal),
		createRule: (rule: RewardRuleInput) =>
			send<RewardRule>('POST', '/api/assessment/reward-rules', rule),
		updateRule: (id: string, rule: RewardRuleInput) =>
			send<RewardRule>('PUT', `/api/assessment/reward-rules/${encodeURIComponent(id)}`, rule)
	};
}
