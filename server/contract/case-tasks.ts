/**
 * "My tasks" (issue 14 item 10, fixed in issue 15): the one rule the header's task badge
 * (`GET /api/cases/mine/count`), its link to /cases and the phone's 我的任务 list all read, so
 * the badge counts exactly the cases the list shows. Zod-free: the web imports it.
 *
 * The count used to be every open case in reach on which the user could take a step, while
 * the lists filtered by status and assignee: a patrol saw 待办1/超期1 for a 责令整改 case in
 * its grid dispatched to the shop's responsible person (the patrol may `handle` it) while its
 * list, cases assigned to the patrol, was empty.
 */
import type { Role } from './accounts';
import type { CaseStatus } from './case-states';

export interface TaskFilter {
	status: CaseStatus[];
	/** Only cases dispatched to this username; null: every case in the user's reach. */
	assignee: string | null;
}

/**
 * The office: reports to triage, accepted cases to dispatch, handled ones to verify.
 * Inspectors: handled cases to verify. Grid staff: the work dispatched in their grids
 * (the server bounds them to their zones). Patrols: the cases dispatched to them by name.
 * Other roles have no case tasks (no badge).
 */
export function taskFilter(me: { role: Role; username: string }): TaskFilter | null {
	switch (me.role) {
		case 'planner':
		case 'admin':
			return { status: ['reported', 'accepted', 'handled'], assignee: null };
		case 'inspector':
			return { status: ['handled'], assignee: null };
		case 'grid':
			return { status: ['dispatched', 'processing'], assignee: null };
		case 'patrol':
			return { status: ['dispatched', 'processing'], assignee: me.username };
		default:
			return null;
	}
}

/** The filter as `/cases` and `/api/cases` query parameters (commas left readable). */
export function taskParams(filter: TaskFilter): string {
	const q = new URLSearchParams({ status: filter.status.join(',') });
	if (filter.assignee) q.set('assignee', filter.assignee);
	return q.toString().replace(/%2C/g, ',');
}
