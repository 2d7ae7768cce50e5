/**
 * The case workflow as one table (domain.md §5): each action, the statuses it may start from,
 * the status it leads to and the roles that may take it. workflow.ts reads only this, the
 * docs print it, and the tests walk every cell of it.
 */
import type { Role } from '../../contract/accounts';
import type { CaseAction, CaseStatus } from '../../contract/case-states';

export interface CaseTransition {
	from: readonly CaseStatus[];
	/** `same`: the status does not change (督办 flags the case where it stands). */
	to: CaseStatus | 'same';
	/** Admin is in every row; area-bound roles (grid, patrol) act only inside their zones. */
	roles: readonly Role[];
}

const OPEN: readonly CaseStatus[] = ['reported', 'accepted', 'dispatched', 'processing', 'handled'];
const TRIAGE: readonly Role[] = ['admin', 'planner', 'grid'];
const HANDLERS: readonly Role[] = ['admin', 'grid', 'patrol'];
const VERIFIERS: readonly Role[] = ['admin', 'inspector'];
const PLANNERS: readonly Role[] = ['admin', 'planner'];

export const CASE_TRANSITIONS: Readonly<Record<CaseAction, CaseTransition>> = {
	accept: { from: ['reported'], to: 'accepted', roles: TRIAGE },
	reject: { from: ['reported'], to: 'rejected', roles: TRIAGE },
	merge: { from: ['reported'], to: 'merged', roles: TRIAGE },
	// From dispatched or processing it is a reassignment (改派) to another person or unit.
	dispatch: { from: ['accepted', 'dispatched', 'processing'], to: 'dispatched', roles: PLANNERS },
	start: { from: ['dispatched'], to: 'processing', roles: HANDLERS },
	handle: { from: ['dispatched', 'processing'], to: 'handled', roles: HANDLERS },
	verify_pass: { from: ['handled'], to: 'closed', roles: VERIFIERS },
	// 返工: back to dispatched, with the rework count up and a new deadline.
	verify_fail: { from: ['handled'], to: 'dispatched', roles: VERIFIERS },
	escalate: { from: OPEN, to: 'same', roles: PLANNERS },
	// Issue 15: a 责令整改 whose deadline lapsed unfixed goes to the 城管执法大队. The server's
	// lapse watch takes it (as the system); the office may also refer a case by hand.
	refer: { from: ['accepted', 'dispatched', 'processing'], to: 'referred', roles: PLANNERS },
	// The brigade's reply (已处罚/已整改/不予处罚) closes the referred case.
	record_outcome: { from: ['referred'], to: 'closed', roles: PLANNERS }
};
