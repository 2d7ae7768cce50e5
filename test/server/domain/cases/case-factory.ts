import type { Role } from '../../../../server/contract/accounts';
import type { CaseAction, CaseStatus } from '../../../../server/contract/case-states';
import type {
	ActionContext,
	ActionRequest,
	CaseActor,
	CaseState
} from '../../../../server/domain/cases/case-state';
import { shippedCalendar } from '../calendar/shipped-calendar';

/** A case in community c01 (grid c01-g01, town `town`), frozen so no test can change it. */
export function makeCase(status: CaseStatus, patch: Partial<CaseState> = {}): CaseState {
	return Object.freeze({
		id: 'C001',
		status,
		areas: ['c01', 'c01-g01', 'town'],
		assignee: null,
		unit: null,
		handledBy: null,
		handledAt: null,
		closedAt: null,
		deadline: '2026-02-13T17:00:00',
		reworkCount: 0,
		escalations: 0,
		mergedInto: null,
		...patch
	});
}

export const actor = (role: Role, username: string = role, zones: string[] = []): CaseActor => ({
	username,
	role,
	zones
});

const CALENDAR = shippedCalendar();

export const ctx = (at = '2026-02-13T15:00:00', limitHours = 8): ActionContext => ({
	at,
	calendar: CALENDAR,
	limitHours
});

/** A well-formed request for each action. */
export const REQUEST: Record<CaseAction, ActionRequest> = {
	accept: { action: 'accept' },
	reject: { action: 'reject', reason: '非环卫职责范围' },
	merge: { action: 'merge', into: { id: 'C000', status: 'dispatched' } },
	dispatch: { action: 'dispatch', assignee: 'patrol-wang', unit: '环卫一队' },
	start: { action: 'start' },
	handle: { action: 'handle', note: '已清运' },
	verify_pass: { action: 'verify_pass' },
	verify_fail: { action: 'verify_fail', note: '仍有残留' },
	escalate: { action: 'escalate' },
	refer: { action: 'refer' },
	record_outcome: { action: 'record_outcome', outcome: 'penalised', note: '罚款 200 元' }
};
