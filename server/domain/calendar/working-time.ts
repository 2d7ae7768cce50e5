/**
 * Working-hour arithmetic for blind-spot deadlines: WORKDAY_START to WORKDAY_END (8 hours),
 * Monday to Friday; public holidays are not modelled. A clock started outside working
 * hours starts at the next working morning.
 */

const MS_PER_DAY = 86_400_000;

/** Saturday or Sunday, for a whole day number since 1970-01-01 (UTC arithmetic only). */
export function isWeekendDay(day: number): boolean {
	const weekday = new Date(day * MS_PER_DAY).getUTCDay();
	return weekday === 0 || weekday === 6;
}

export const WORKDAY_START_MIN = 9 * 60;
export const WORKDAY_END_MIN = 17 * 60;

/** The first working minute at or after `minute`. */
function nextWorkingMinute(minute: number): number {
	let day = Math.floor(minute / 1440);
	let m = minute - day * 1440;
	if (m >= WORKDAY_END_MIN) {
		day += 1;
		m = WORKDAY_START_MIN;
	}
	if (m < WORKDAY_START_MIN) m = WORKDAY_START_MIN;
	while (isWeekendDay(day)) {
		day += 1;
		m = WORKDAY_START_MIN;
	}
	return day * 1440 + m;
}

/** `start` plus `minutes` of working time (minutes since the epoch, local time). */
export function addWorkingMinutes(start: number, minutes: number): number {
	let at = nextWorkingMinute(start);
	let rest = Math.max(0, Math.round(minutes));
	for (;;) {
		const day = Math.floor(at / 1440);
		const left = day * 1440 + WORKDAY_END_MIN - at;
		if (rest <= left) return at + rest;
		rest -= left;
		at = nextWorkingMinute((day + 1) * 1440);
	}
}

/** Working minutes between two instants (0 when `end` is not after `start`). */
export function workingMinutesBetween(start: number, end: number): number {
	let at = nextWorkingMinute(start);
	let sum = 0;
	while (at < end) {
		const day = Math.floor(at / 1440);
		const close = Math.min(end, day * 1440 + WORKDAY_END_MIN);
		sum += Math.max(0, close - at);
		at = nextWorkingMinute((day + 1) * 1440);
	}
	return sum;
}
