/**
 * The words of a refused case action, in both languages, naming the current status and what
 * may be done instead, so a clerk knows the next step without asking.
 */
import type { Role } from '../../contract/accounts';
import {
	CASE_ACTION_NAMES,
	CASE_STATUS_NAMES,
	type CaseAction,
	type CaseStatus
} from '../../contract/case-states';
import type { CaseRefusal } from './case-state';

/** Role names for messages only; the UI has its own dictionary. */
const ROLE_NAMES_ZH: Readonly<Record<Role, string>> = {
	admin: '管理员',
	planner: '调度员',
	grid: '网格员',
	patrol: '巡查员',
	sprayer: '消杀员',
	inspector: '核查员',
	leader: '领导'
};

const listZh = (actions: CaseAction[]) =>
	actions.length ? actions.map((a) => CASE_ACTION_NAMES[a].zh).join('、') : '无';
const listEn = (actions: CaseAction[]) =>
	actions.length ? actions.map((a) => CASE_ACTION_NAMES[a].en).join(', ') : 'none';

export function refuse(
	code: CaseRefusal['code'],
	zh: string,
	en: string,
	allowed: CaseAction[]
): CaseRefusal {
	return { ok: false, code, message_zh: zh, message_en: en, allowed };
}

/** 409: `该案件当前为"已结案"，不能派遣。当前可进行的操作：无`. */
export function wrongStatus(status: CaseStatus, action: CaseAction, allowed: CaseAction[]) {
	const s = CASE_STATUS_NAMES[status];
	const a = CASE_ACTION_NAMES[action];
	return refuse(
		'conflict',
		`该案件当前为"${s.zh}"，不能${a.verbZh}。当前可进行的操作：${listZh(allowed)}`,
		`Cannot ${a.verbEn}: the case is "${s.en}". Allowed now: ${listEn(allowed)}.`,
		allowed
	);
}

/** 403: the role never takes this action. */
export function wrongRole(role: Role, action: CaseAction, allowed: CaseAction[]) {
	const a = CASE_ACTION_NAMES[action];
	return refuse(
		'forbidden',
		`角色"${ROLE_NAMES_ZH[role]}"不能${a.verbZh}`,
		`The role "${role}" cannot ${a.verbEn}.`,
		allowed
	);
}
