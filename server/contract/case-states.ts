/**
 * Rectification-case statuses and actions (domain.md §5, design.md §3 "Cases"): the stored
 * codes and the names the UI shows. Zod-free, so the web may import its values.
 */

/**
 * Stored status codes. The four blind-spot statuses of before issue 14 keep their codes and
 * meanings (reported, dispatched, processing, closed), so old rows need no migration.
 */
export const CASE_STATUSES = [
	'reported',
	'accepted',
	'rejected',
	'merged',
	'dispatched',
	'processing',
	'handled',
	'closed',
	'referred'
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses that end a case: no action leads out of them. */
export const FINAL_CASE_STATUSES: readonly CaseStatus[] = ['closed', 'rejected', 'merged'];

/** Still work to do: counted as open and can be overdue, merged into, escalated. */
export const isOpenCaseStatus = (status: CaseStatus) => !FINAL_CASE_STATUSES.includes(status);

export const CASE_STATUS_NAMES: Readonly<Record<CaseStatus, { zh: string; en: string }>> = {
	reported: { zh: '已上报', en: 'Reported' },
	accepted: { zh: '已立案', en: 'Accepted' },
	rejected: { zh: '不予立案', en: 'Rejected' },
	merged: { zh: '已合并', en: 'Merged' },
	dispatched: { zh: '已派遣', en: 'Dispatched' },
	processing: { zh: '处置中', en: 'In progress' },
	handled: { zh: '待核查', en: 'Awaiting verification' },
	closed: { zh: '已结案', en: 'Closed' },
	/** Issue 15: a lapsed 责令整改 handed to the 城管执法大队; open until the brigade replies. */
	referred: { zh: '已移交城管', en: 'Referred to enforcement' }
};

/**
 * `POST /api/cases/{id}/actions` `action` codes; `start` (签收) is optional before `handle`.
 * `refer` (移交城管执法) is normally taken by the server when a 责令整改 lapses (issue 15);
 * `record_outcome` (登记执法结果) closes a referred case with the brigade's answer.
 */
export const CASE_ACTIONS = [
	'accept',
	'reject',
	'merge',
	'dispatch',
	'start',
	'handle',
	'verify_pass',
	'verify_fail',
	'escalate',
	'refer',
	'record_outcome'
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** `zh`/`en`: the button and history label; `verbZh`/`verbEn` fit "不能…" / "cannot …". */
export const CASE_ACTION_NAMES: Readonly<
	Record<CaseAction, { zh: string; en: string; verbZh: string; verbEn: string }>
> = {
	accept: { zh: '立案', en: 'Accept', verbZh: '立案', verbEn: 'accept' },
	reject: { zh: '不予立案', en: 'Reject', verbZh: '作不予立案处理', verbEn: 'reject' },
	merge: { zh: '合并', en: 'Merge', verbZh: '合并', verbEn: 'merge' },
	dispatch: { zh: '派遣', en: 'Dispatch', verbZh: '派遣', verbEn: 'dispatch' },
	start: { zh: '签收', en: 'Start', verbZh: '签收', verbEn: 'start' },
	handle: {
		zh: '处置反馈',
		en: 'Report handled',
		verbZh: '反馈处置结果',
		verbEn: 'report as handled'
	},
	verify_pass: { zh: '核查通过', en: 'Verify: pass', verbZh: '核查结案', verbEn: 'pass and close' },
	verify_fail: {
		zh: '核查不通过',
		en: 'Verify: fail',
		verbZh: '退回返工',
		verbEn: 'send back for rework'
	},
	escalate: { zh: '督办', en: 'Escalate', verbZh: '督办', verbEn: 'escalate' },
	refer: {
		zh: '移交城管执法',
		en: 'Refer to enforcement',
		verbZh: '移交城管执法',
		verbEn: 'refer to enforcement'
	},
	record_outcome: {
		zh: '登记执法结果',
		en: 'Record enforcement outcome',
		verbZh: '登记执法结果',
		verbEn: 'record the enforcement outcome'
	}
};

/**
 * The cases list's `escalated` filter (issue 15): `supervised` a case a planner escalated
 * (督办, escalations > 0), `referred` one handed to the 城管执法大队 (已移交城管, still open or
 * answered since). Both given: either.
 */
export const CASE_ESCALATION_FILTERS = ['supervised', 'referred'] as const;
export type CaseEscalationFilter = (typeof CASE_ESCALATION_FILTERS)[number];
