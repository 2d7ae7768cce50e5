import type { Role } from '../../../server/contract/accounts';

/**
 * Where the task count leads: the office's open work needing a decision (reported, accepted,
 * awaiting verification); field staff's cases assigned to them and still in hand.
 */
export function taskLink(username: string, role: Role): string {
	if (role === 'planner' || role === 'admin') return '/cases?status=reported,accepted,handled';
	if (role === 'inspector') return '/cases?status=handled';
	return `/cases?status=dispatched,processing&assignee=${encodeURIComponent(username)}`;
}
