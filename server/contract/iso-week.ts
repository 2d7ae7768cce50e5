/**
 * ISO 8601 weeks (Monday–Sunday) of local town dates (Asia/Shanghai), as `YYYY-Www`. Survey
 * dates are stored as local calendar days, so the arithmetic runs on UTC days and never
 * depends on the machine's time zone.
 */
const MS_PER_DAY = 86_400_000;
const WEEK = /^(\d{4})-W(\d{2})$/;

function dayNumber(date: string): number {
	const [y, m, d] = date.split('-').map(Number);
	return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

function isoDate(day: number): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Weekday 1 (Monday) … 7 (Sunday) of a day number. */
function weekday(day: number): number {
	return ((new Date(day * MS_PER_DAY).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of ISO week 1 of `year`: the week holding 4 January. */
function firstMonday(year: number): number {
	const jan4 = Date.UTC(year, 0, 4) / MS_PER_DAY;
	return jan4 - weekday(jan4) + 1;
}

/** The ISO week of a `YYYY-MM-DD` date: 2024-12-30 is 2025-W01, 2027-01-01 is 2026-W53. */
export function isoWeekOf(date: string): string {
	const day = dayNumber(date);
	const thursday = day - weekday(day) + 4;
	const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
	const week = Math.floor((thursday - firstMonday(year)) / 7) + 1;
	return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Whether `week` is a real ISO week (`2026-W53` exists, `2025-W53` does not). */
export function isIsoWeek(week: string): boolean {
	const m = WEEK.exec(week);
	if (!m) return false;
	const n = Number(m[2]);
	return n >= 1 && n <= 53 && isoWeekOf(weekRange(week).from) === week;
}

/** The Monday and Sunday of an ISO week, as `YYYY-MM-DD`. */
export function weekRange(week: string): { from: string; to: string } {
	const m = WEEK.exec(week);
	if (!m) throw new Error(`not an ISO week: ${week}`);
	const monday = firstMonday(Number(m[1])) + (Number(m[2]) - 1) * 7;
	return { from: isoDate(monday), to: isoDate(monday + 6) };
}

/** The week before: 2025-W01 → 2024-W52. */
export function previousWeek(week: string): string {
	return isoWeekOf(isoDate(dayNumber(weekRange(week).from) - 7));
}

/** The week after. */
export function nextWeek(week: string): string {
	return isoWeekOf(isoDate(dayNumber(weekRange(week).from) + 7));
}
