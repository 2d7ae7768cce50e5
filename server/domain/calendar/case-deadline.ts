/**
 * How a rectification case stands against its deadline (design.md §3, "Cases and deadlines").
 * Times are the ledgers' local wall times without offset; both sides are in Asia/Shanghai, so
 * they are compared as written.
 */
export interface CaseDeadline {
	/** `due_at`: the deadline from the category's working hours. */
	deadline: string | null;
	/** Open past its deadline, or closed after it. */
	overdue: boolean;
	/** Calendar days past the deadline (now for open cases, closing time for closed ones), at
	 * least 1 once overdue; null when not overdue. */
	overdueDays: number | null;
}

const DAY_MS = 86_400_000;
const at = (local: string) => Date.parse(`${local}Z`);
const dayOf = (local: string) => Date.parse(`${local.slice(0, 10)}T00:00:00Z`);

/** `now` is local wall time (`formatLocalTime`); an open case is any status but the final ones. */
export function caseDeadline(
	c: { status: string; dueAt: string | null; closedAt: string | null },
	now: string
): CaseDeadline {
	// Rejected and merged cases were never work (domain.md §5): they cannot be late.
	if (c.status === 'rejected' || c.status === 'merged') {
		return { deadline: c.dueAt, overdue: false, overdueDays: null };
	}
	const end = c.status === 'closed' ? c.closedAt : now;
	if (c.dueAt === null || end === null || at(end) <= at(c.dueAt)) {
		return { deadline: c.dueAt, overdue: false, overdueDays: null };
	}
	const days = Math.round((dayOf(end) - dayOf(c.dueAt)) / DAY_MS);
	return { deadline: c.dueAt, overdue: true, overdueDays: Math.max(1, days) };
}
