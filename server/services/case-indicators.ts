/**
 * `GET /api/cases/indicators` (issue 14 item 9) and the header's task count (item 10), read
 * from every case and computed by the domain (domain.md §5 "Indicator definitions").
 */
import { isOpenCaseStatus } from '../contract/case-states';
import type { Database } from '../db/database';
import { isDueSoon, isOverdue } from '../domain/calendar/deadline-clock';
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import type { IndicatorCase } from '../domain/cases/case-indicators';
import {
	groupIndicators,
	type IndicatorGrouping,
	type IndicatorRow
} from '../domain/cases/indicator-groups';
import { actionsFor } from '../domain/cases/workflow';
import { buildCaseListQuery, INDICATOR_CASES_SQL } from '../queries/cases';
import type { Actor } from './actor';
import { boundZones, caseActorOf, caseStateOf, type CaseRow } from './cases';

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
 * `GET /api/cases/mine/count`: the open cases in the caller's reach on which they can take a
 * step now (督办 aside, which a planner could take on every open case), and of those how many
 * are overdue or due within 4 working hours.
 */
export async function myTaskCount(
	db: Database,
	actor: Actor,
	now: string,
	calendar: WorkingCalendar
): Promise<{ open: number; overdue: number; dueSoon: number }> {
	const q = buildCaseListQuery(
		{ status: ['reported', 'accepted', 'dispatched', 'processing', 'handled'] },
		now,
		boundZones(actor),
		null
	);
	const rows = await db.query<CaseRow>(q.sql, q.params);
	const me = caseActorOf(actor);
	const mine = rows.filter(
		(r) =>
			isOpenCaseStatus(r.status) && actionsFor(caseStateOf(r), me).some((a) => a !== 'escalate')
	);
	return {
		open: mine.length,
		overdue: mine.filter((r) => r.deadline && isOverdue(r.deadline, now)).length,
		dueSoon: mine.filter((r) => r.deadline && isDueSoon(r.deadline, now, calendar)).length
	};
}
