/**
 * `GET /api/cases/indicators` (issue 14 item 9) and the header's task count (item 10), read
 * from every case and computed by the domain (domain.md §5 "Indicator definitions").
 */
import { taskFilter } from '../contract/case-tasks';
import type { Database } from '../db/database';
import { isDueSoon, isOverdue } from '../domain/calendar/deadline-clock';
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import type { IndicatorCase } from '../domain/cases/case-indicators';
import {
	groupIndicators,
	type IndicatorGrouping,
	type IndicatorRow
} from '../domain/cases/indicator-groups';
import { buildCaseListQuery, INDICATOR_CASES_SQL } from '../queries/cases';
import type { Actor } from './actor';
import { boundZones, type CaseRow } from './cases';

export async function caseIndicatorRows(
	db: Database,
	q: { by: IndicatorGrouping; from: string; to: string },
	now: string,
	calendar: WorkingCalendar
): Promise<IndicatorRow[]> {
	const cases = await db.query<IndicatorCase & Record<string, unknown>>(INDICATOR_CASES_SQL);
	return groupIndicators(cases, { ...q, now, calendar });
}

/**
 * `GET /api/cases/mine/count`: the caller's tasks as contract/case-tasks.ts defines them,
 * counted over the very query the cases list runs for that filter (same zone bound), and of
 * those how many are overdue or due within 4 working hours.
 */
export async function myTaskCount(
	db: Database,
	actor: Actor,
	now: string,
	calendar: WorkingCalendar
): Promise<{ open: number; overdue: number; dueSoon: number }> {
	const filter = taskFilter(actor);
	if (!filter) return { open: 0, overdue: 0, dueSoon: 0 };
	const q = buildCaseListQuery(
		{ status: filter.status, ...(filter.assignee && { assignee: [filter.assignee] }) },
		now,
		boundZones(actor),
		null
	);
	const mine = await db.query<CaseRow>(q.sql, q.params);
	return {
		open: mine.length,
		overdue: mine.filter((r) => r.deadline && isOverdue(r.deadline, now)).length,
		dueSoon: mine.filter((r) => r.deadline && isDueSoon(r.deadline, now, calendar)).length
	};
}
