/**
 * Case indicators for one group over one period (issue 14 item 9, domain.md §5). The cohort
 * of every rate is the period's due cases: those whose deadline fell inside the period and
 * has passed by `now`. Rejected and merged cases never became work and count nowhere.
 */
import type { CaseStatus } from '../../contract/case-states';
import { workingHoursBetween } from '../calendar/deadline-clock';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { CaseIndicators } from '../../contract/case-indicators';

export type { CaseIndicators };

/** What the indicators read of a case; times are local wall time. */
export interface IndicatorCase {
	status: CaseStatus;
	zone: string | null;
	unit: string | null;
	assignee: string | null;
	reportedAt: string;
	/** The current deadline (a rework's new one once sent back). */
	deadline: string | null;
	/** The last time it was reported handled. */
	handledAt: string | null;
	closedAt: string | null;
	reworkCount: number;
}

/** `[start, end)` in local time, `end` already cut at `now` so that future deadlines are not due. */
export interface Period {
	start: string;
	end: string;
}

const ms = (local: string) => Date.parse(`${local}Z`);
const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

export function caseIndicators(
	cases: readonly IndicatorCase[],
	period: Period,
	calendar: WorkingCalendar
): CaseIndicators {
	const [start, end] = [ms(period.start), ms(period.end)];
	const work = cases.filter((c) => c.status !== 'rejected' && c.status !== 'merged');
	const due = work.filter((c) => c.deadline && ms(c.deadline) >= start && ms(c.deadline) < end);
	// Closed by now, late or not: a late closure still closes the period its deadline fell in.
	const closed = due.filter((c) => c.closedAt !== null);
	const onTime = closed.filter((c) => ms(c.closedAt!) <= ms(c.deadline!));
	const handled = due.filter((c) => c.handledAt !== null);
	const reworked = handled.filter((c) => c.reworkCount > 0);
	const hours = closed.map((c) => workingHoursBetween(c.reportedAt, c.closedAt!, calendar));
	const open = work.filter(
		(c) => ms(c.reportedAt) < end && (c.closedAt === null || ms(c.closedAt) >= end)
	);
	return {
		due: due.length,
		closed: closed.length,
		on_time: onTime.length,
		handled: handled.length,
		reworked: reworked.length,
		closure_rate: ratio(closed.length, due.length),
		on_time_rate: ratio(onTime.length, due.length),
		rework_rate: ratio(reworked.length, handled.length),
		avg_handling_hours: ratio(
			hours.reduce((s, h) => s + h, 0),
			hours.length
		),
		open: open.length,
		overdue: open.filter((c) => c.deadline && ms(c.deadline) < end).length
	};
}
