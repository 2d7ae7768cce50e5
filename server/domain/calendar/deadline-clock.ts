/**
 * Case deadlines on the holiday calendar, for times as the ledgers write them: local wall time
 * in Asia/Shanghai without offset (`2025-09-26T15:00:00`). Overdue and due-soon are computed
 * from `now` each time they are asked, never stored, so they cannot go stale.
 */
import type { WorkingCalendar } from './working-calendar';
import { addWorkingMinutes, workingMinutesBetween } from './working-time';

/** "Due soon" is at most this much working time before the deadline (issue 14 item 2). */
export const DUE_SOON_WORKING_HOURS = 4;

/** Minutes since the epoch of a local time, seconds kept as a fraction. */
function minutesOf(local: string): number {
	const ms = Date.parse(`${local}Z`);
	if (Number.isNaN(ms) || local.endsWith('Z')) {
		throw new RangeError(`"${local}" is not a local date-time (YYYY-MM-DDTHH:MM:SS)`);
	}
	return ms / 60_000;
}

const localOf = (minutes: number) =>
	new Date(Math.round(minutes * 60_000)).toISOString().slice(0, 19);

/** The deadline `hours` of working time after `start`. */
export function addWorkingHours(start: string, hours: number, calendar: WorkingCalendar): string {
	return localOf(addWorkingMinutes(minutesOf(start), hours * 60, calendar));
}

/** Working hours from `a` to `b`; 0 when `b` is not after `a`. */
export function workingHoursBetween(a: string, b: string, calendar: WorkingCalendar): number {
	return workingMinutesBetween(minutesOf(a), minutesOf(b), calendar) / 60;
}

/** Past its deadline at `now`. A deadline is an instant, so no calendar is needed. */
export function isOverdue(deadline: string, now: string): boolean {
	return minutesOf(now) > minutesOf(deadline);
}

/** Not yet overdue, with at most DUE_SOON_WORKING_HOURS of working time left. */
export function isDueSoon(deadline: string, now: string, calendar: WorkingCalendar): boolean {
	if (isOverdue(deadline, now)) return false;
	return workingHoursBetween(now, deadline, calendar) <= DUE_SOON_WORKING_HOURS;
}
