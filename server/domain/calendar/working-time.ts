/**
 * Working-hour arithmetic for case deadlines: WORKDAY_START to WORKDAY_END (8 hours) on the
 * working days of a WorkingCalendar (Monday–Friday when none is given, as before issue 14).
 * A clock started outside working hours starts at the next working morning. Times are whole
 * minutes since 1970-01-01 of local wall time, so only UTC arithmetic is used.
 */
import {
	isWeekendDay,
	isWorkingDay,
	MONDAY_TO_FRIDAY,
	type WorkingCalendar
} from './working-calendar';

export { isWeekendDay };

export const WORKDAY_START_MIN = 9 * 60;
export const WORKDAY_END_MIN = 17 * 60;

/** The first working minute at or after `minute`. */
function nextWorkingMinute(minute: number, calendar: WorkingCalendar): number {
	let day = Math.floor(minute / 1440);
	let m = minute - day * 1440;
	if (m >= WORKDAY_END_MIN) {
		day += 1;
		m = WORKDAY_START_MIN;
	}
	if (m < WORKDAY_START_MIN) m = WORKDAY_START_MIN;
	while (!isWorkingDay(day, calendar)) {
		day += 1;
		m = WORKDAY_START_MIN;
	}
	return day * 1440 + m;
}

/** `start` plus `minutes` of working time (minutes since the epoch, local time). */
export function addWorkingMinutes(
	start: number,
	minutes: number,
	calendar: WorkingCalendar = MONDAY_TO_FRIDAY
): number {
	let at = nextWorkingMinute(start, calendar);
	let rest = Math.max(0, Math.round(minutes));
	for (;;) {
		const day = Math.floor(at / 1440);
		const left = day * 1440 + WORKDAY_END_MIN - at;
		if (rest <= left) return at + rest;
		rest -= left;
		at = nextWorkingMinute((day + 1) * 1440, calendar);
	}
}

/** Working minutes between two instants (0 when `end` is not after `start`). */
export function workingMinutesBetween(
	start: number,
	end: number,
	calendar: WorkingCalendar = MONDAY_TO_FRIDAY
): number {
	let at = nextWorkingMinute(start, calendar);
	let sum = 0;
	while (at < end) {
		const day = Math.floor(at / 1440);
		const close = Math.min(end, day * 1440 + WORKDAY_END_MIN);
		sum += Math.max(0, close - at);
		at = nextWorkingMinute((day + 1) * 1440, calendar);
	}
	return sum;
}
