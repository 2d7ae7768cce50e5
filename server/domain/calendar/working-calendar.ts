import { dayNumberOf, type HolidayYear } from './holiday-calendar';

/**
 * Which days are working days: Monday to Friday, minus the public holidays, plus the 调休
 * Saturdays and Sundays of the years the holiday files cover. A year without a file falls
 * back to plain Monday–Friday, so a deadline past the last file (or before the first) is
 * still computed, only without that year's holidays.
 */
export interface WorkingCalendar {
	/** Years with a holiday file. */
	years: ReadonlySet<number>;
	/** Day numbers (days since 1970-01-01) of the breaks, the weekends inside them included. */
	holidays: ReadonlySet<number>;
	/** Day numbers that are working days although Saturday or Sunday. */
	workdays: ReadonlySet<number>;
}

/** No holiday data: every Monday–Friday works (the rule before issue 14). */
export const MONDAY_TO_FRIDAY: WorkingCalendar = Object.freeze({
	years: new Set<number>(),
	holidays: new Set<number>(),
	workdays: new Set<number>()
});

const MS_PER_DAY = 86_400_000;

/** Saturday or Sunday, for a whole day number since 1970-01-01 (UTC arithmetic only). */
export function isWeekendDay(day: number): boolean {
	const weekday = new Date(day * MS_PER_DAY).getUTCDay();
	return weekday === 0 || weekday === 6;
}

export function isWorkingDay(day: number, calendar: WorkingCalendar): boolean {
	if (calendar.holidays.has(day)) return false;
	return calendar.workdays.has(day) || !isWeekendDay(day);
}

/** The calendar of checked year files (parseHolidayYear); two files of one year are refused. */
export function buildWorkingCalendar(years: readonly HolidayYear[]): WorkingCalendar {
	const covered = new Set<number>();
	const holidays = new Set<number>();
	const workdays = new Set<number>();
	for (const y of years) {
		if (covered.has(y.year)) throw new Error(`two holiday files for ${y.year}`);
		covered.add(y.year);
		for (const h of y.holidays) holidays.add(dayNumberOf(h.date)!);
		for (const w of y.workdays) workdays.add(dayNumberOf(w.date)!);
	}
	return { years: covered, holidays, workdays };
}
