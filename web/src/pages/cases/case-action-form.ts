import type { CaseActionRequest } from '../../api/case-client';
import type { CaseAction } from '../../../../server/contract/case-states';
import type { ReferralOutcome } from '../../../../server/contract/frontage';

/** What each action's form asks for, beyond the note every action may carry. */
export type ActionField = 'reason' | 'into' | 'assignee' | 'unit' | 'deadline' | 'outcome';

export const ACTION_FIELDS: Readonly<Record<CaseAction, readonly ActionField[]>> = {
	accept: [],
	reject: ['reason'],
	merge: ['into'],
	dispatch: ['assignee', 'unit'],
	start: [],
	handle: [],
	verify_pass: [],
	verify_fail: ['deadline'],
	escalate: [],
	refer: [],
	record_outcome: ['outcome']
};

/** Fields that must be filled before the form is sent. */
export const REQUIRED_FIELDS: Readonly<Partial<Record<CaseAction, readonly ActionField[]>>> = {
	reject: ['reason'],
	merge: ['into'],
	dispatch: ['assignee'],
	record_outcome: ['outcome']
};

export interface ActionDraft {
	note: string;
	reason: string;
	into: string;
	assignee: string;
	unit: string;
	/** `YYYY-MM-DDTHH:MM` from a datetime-local input. */
	deadline: string;
	/** 登记执法结果: the brigade's answer (REFERRAL_OUTCOMES). */
	outcome: string;
}

/** A fresh form: 派遣 starts with the grid's responsible person proposed by the server. */
export function draftFor(action: CaseAction, proposed: string | null): ActionDraft {
	return {
		note: '',
		reason: '',
		into: '',
		assignee: action === 'dispatch' ? (proposed ?? '') : '',
		unit: '',
		deadline: '',
		outcome: ''
	};
}

/** The first required field left empty, or null when the form may be sent. */
export function missingField(action: CaseAction, draft: ActionDraft): ActionField | null {
	return (REQUIRED_FIELDS[action] ?? []).find((f) => !draft[f].trim()) ?? null;
}

/** The request body: the action, and only the fields it asks for that were filled in. */
export function actionBody(action: CaseAction, draft: ActionDraft): CaseActionRequest {
	const body: CaseActionRequest = { action };
	if (draft.note.trim()) body.note = draft.note.trim();
	for (const field of ACTION_FIELDS[action]) {
		const value = draft[field].trim();
		if (!value) continue;
		if (field === 'outcome') body.outcome = value as ReferralOutcome;
		else body[field] = field === 'deadline' && value.length === 16 ? `${value}:00` : value;
	}
	return body;
}
