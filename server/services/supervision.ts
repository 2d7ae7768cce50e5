/**
 * The 督办 card of the leader view (issue 14): open cases that are overdue or escalated, with
 * who is told about each (the assignee's superior, domain/cases/superiors.ts) and how many
 * working days they are late, and the open overdue cases per zone.
 */
import type { SupervisionCase, SupervisionResponse } from '../contract/notifications';
import type { Database } from '../db/database';
import { isOverdue, workingHoursBetween } from '../domain/calendar/deadline-clock';
import { WORKDAY_END_MIN, WORKDAY_START_MIN } from '../domain/calendar/working-time';
import { superiorsOf } from '../domain/cases/superiors';
import { buildCaseListQuery } from '../queries/cases';
import { ZONE_NAMES_SQL } from '../queries/notifications';
import { loadCalendar } from './case-calendar';
import type { CaseRow } from './cases';
import { loadStaff } from './notifications';
import { isOpenCase } from '../queries/clauses';

/** Working hours in one working day (09:00–17:00). */
export const WORKING_DAY_HOURS = (WORKDAY_END_MIN - WORKDAY_START_MIN) / 60;

/** Working days from deadline to now in days of WORKING_DAY_HOURS, one decimal; 0 if not late. */
export function overdueWorkingDays(
	deadline: string | null,
	now: string,
	hoursBetween: (a: string, b: string) => number
): number {
	if (!deadline || !isOverdue(deadline, now)) return 0;
	return Math.round((hoursBetween(deadline, now) / WORKING_DAY_HOURS) * 10) / 10;
}

export async function computeSupervision(db: Database, now: string): Promise<SupervisionResponse> {
	const calendar = await loadCalendar(db);
	const q = buildCaseListQuery({ sort: 'id' }, now, null, null);
	const open = `SELECT * FROM (${q.sql}) y WHERE ${isOpenCase()}
		AND (escalations > 0 OR due_ts < CAST($now AS TIMESTAMP))`;
	const rows = await db.query<CaseRow>(open, { ...q.params, now });
	const staff = await loadStaff(db);
	const zoneNames = new Map(
		(await db.query<{ id: string; name: string }>(ZONE_NAMES_SQL)).map((z) => [z.id, z.name])
	);
	const name = (zone: string | null) => (zone ? (zoneNames.get(zone) ?? zone) : null);
	const cases: SupervisionCase[] = [];
	const perZone = new Map<string | null, number>();
	for (const r of rows) {
		const overdue = r.deadline !== null && isOverdue(r.deadline, now);
		if (!overdue && r.escalations === 0) continue;
		if (overdue) perZone.set(r.zone, (perZone.get(r.zone) ?? 0) + 1);
		cases.push({
			id: r.id,
			category: r.category,
			status: r.status,
			zone: r.zone,
			zoneName: name(r.zone),
			assignee: r.assignee,
			superiors: superiorsOf(r.assignee, r.areas, staff),
			deadline: r.deadline,
			overdue,
			overdueWorkingDays: overdueWorkingDays(r.deadline, now, (a, b) =>
				workingHoursBetween(a, b, calendar)
			),
			escalations: Number(r.escalations)
		});
	}
	cases.sort(
		(a, b) =>
			b.overdueWorkingDays - a.overdueWorkingDays ||
			b.escalations - a.escalations ||
			a.id.localeCompare(b.id)
	);
	const zones = [...perZone]
		.map(([zone, overdue]) => ({ zone, zoneName: name(zone), overdue }))
		.sort((a, b) => b.overdue - a.overdue || (a.zoneName ?? '').localeCompare(b.zoneName ?? ''));
	return { now, cases, zones };
}
