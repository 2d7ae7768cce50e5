/**
 * The case state machine (issue 14, domain.md §5): applyAction checks an action against
 * CASE_TRANSITIONS and the rules beside it, and returns the case after it with its history
 * row, or a typed refusal. Pure: the service stores the result in one audited write.
 */
import { AREA_BOUND_ROLES } from '../../contract/accounts';
import { CASE_ACTIONS, isOpenCaseStatus, type CaseAction } from '../../contract/case-states';
import { REFERRAL_OUTCOME_NAMES, type ReferralOutcome } from '../../contract/frontage';
import { addWorkingHours } from '../calendar/deadline-clock';
import type {
	ActionContext,
	ActionRequest,
	ActionResult,
	CaseActor,
	CaseRefusal,
	CaseState
} from './case-state';
import { CASE_TRANSITIONS } from './case-transitions';
import { refuse, wrongRole, wrongStatus } from './refusal-messages';

/** Actions the case's status allows, whoever takes them. */
export function actionsFrom(c: Pick<CaseState, 'status'>): CaseAction[] {
	return CASE_ACTIONS.filter((a) => CASE_TRANSITIONS[a].from.includes(c.status));
}

const inArea = (c: CaseState, actor: CaseActor) =>
	!AREA_BOUND_ROLES.includes(actor.role) ||
	actor.zones.length === 0 ||
	actor.zones.some((z) => c.areas.includes(z));

/** Why this actor may not take this action on this case now, or null when they may. */
function actorRefusal(c: CaseState, action: CaseAction, actor: CaseActor): CaseRefusal | null {
	const allowed = actionsFrom(c);
	const rule = CASE_TRANSITIONS[action];
	// Role before status: a role that never takes the action learns that, not the case's state.
	if (!rule.roles.includes(actor.role)) return wrongRole(actor.role, action, allowed);
	if (!rule.from.includes(c.status)) return wrongStatus(c.status, action, allowed);
	if (!inArea(c, actor)) {
		return refuse(
			'forbidden',
			'该案件不在您负责的区域内',
			'The case lies outside your zones.',
			allowed
		);
	}
	if (action.startsWith('verify_') && c.handledBy === actor.username) {
		return refuse(
			'forbidden',
			'核查须由处置人以外的人员进行，您是本案的处置人',
			'Verification must be done by someone other than the handler; you handled this case.',
			allowed
		);
	}
	return null;
}

/** What zod cannot see: a blank reason, a merge into itself or into a case no longer open. */
function requestRefusal(c: CaseState, req: ActionRequest): CaseRefusal | null {
	const allowed = actionsFrom(c);
	if (req.action === 'reject' && !req.reason.trim()) {
		return refuse('invalid', '不予立案须说明理由', 'A rejection needs a reason.', allowed);
	}
	if (req.action === 'dispatch' && !req.assignee.trim()) {
		return refuse('invalid', '派遣须指定处置人或单位', 'Dispatch needs an assignee.', allowed);
	}
	if (req.action === 'record_outcome' && !req.outcome.trim()) {
		return refuse(
			'invalid',
			'登记执法结果须选择处理结果（已处罚、已整改或不予处罚）',
			'Choose the outcome the enforcement brigade gave (penalised, fixed or no penalty).',
			allowed
		);
	}
	if (req.action !== 'merge') return null;
	if (req.into.id === c.id) {
		return refuse('invalid', '案件不能合并到自身', 'A case cannot be merged into itself.', allowed);
	}
	if (!isOpenCaseStatus(req.into.status)) {
		return refuse(
			'conflict',
			`目标案件 ${req.into.id} 已不在办理中，不能合并`,
			`Case ${req.into.id} is no longer open; merge into an open case.`,
			allowed
		);
	}
	return null;
}

/** The fields an action changes besides the status. */
function changes(c: CaseState, req: ActionRequest, actor: CaseActor, ctx: ActionContext) {
	switch (req.action) {
		case 'merge':
			return { mergedInto: req.into.id };
		case 'dispatch':
			return { assignee: req.assignee, unit: req.unit ?? null };
		case 'handle':
			return { handledBy: actor.username, handledAt: ctx.at };
		case 'verify_pass':
		case 'record_outcome':
			return { closedAt: ctx.at };
		case 'verify_fail': {
			const deadline = req.deadline ?? addWorkingHours(ctx.at, ctx.limitHours, ctx.calendar);
			return { reworkCount: c.reworkCount + 1, deadline };
		}
		case 'escalate':
			return { escalations: c.escalations + 1 };
		default:
			return {};
	}
}

/** The history note of 登记执法结果: `已处罚：罚款 200 元`. */
function outcomeNote(outcome: string, note: string | undefined): string {
	const name = REFERRAL_OUTCOME_NAMES[outcome as ReferralOutcome]?.zh ?? outcome;
	return note?.trim() ? `${name}：${note.trim()}` : name;
}

export function applyAction(
	c: CaseState,
	req: ActionRequest,
	actor: CaseActor,
	ctx: ActionContext
): ActionResult {
	const refused = actorRefusal(c, req.action, actor) ?? requestRefusal(c, req);
	if (refused) return refused;
	const rule = CASE_TRANSITIONS[req.action];
	const to = rule.to === 'same' ? c.status : rule.to;
	const note =
		req.action === 'reject'
			? req.reason
			: req.action === 'record_outcome'
				? outcomeNote(req.outcome, req.note)
				: (req.note ?? null);
	return {
		ok: true,
		case: { ...c, ...changes(c, req, actor, ctx), status: to },
		entry: { at: ctx.at, by: actor.username, action: req.action, from: c.status, to, note }
	};
}

/** The actions this actor may take on this case now: the buttons the UI shows. */
export function actionsFor(c: CaseState, actor: CaseActor): CaseAction[] {
	return actionsFrom(c).filter((action) => actorRefusal(c, action, actor) === null);
}
