import { dayNumberOf } from '../calendar/holiday-calendar';
import { isWorkingDay, type WorkingCalendar } from '../calendar/working-calendar';

export type CoveragePeriod = 'day' | 'week';

const MS_PER_DAY = 86_400_000;
const isoDay = (n: number) => new Date(n * MS_PER_DAY).toISOString().slice(0, 10);

/** The days of the period holding `date`: that day, or its week Monday to Sunday. */
export function periodDays(period: CoveragePeriod, date: string): string[] {
	const day = dayNumberOf(date);
	if (day === null) throw new RangeError(`not a date: ${date}`);
	if (period === 'day') return [isoDay(day)];
	const monday = day - ((new Date(day * MS_PER_DAY).getUTCDay() + 6) % 7);
	return Array.from({ length: 7 }, (_, i) => isoDay(monday + i));
}

/**
 * The working days of the period that the plan counts: on the holiday calendar, and not after
 * `today` (a week in progress is judged on the days gone by, today included).
 */
export function plannedDays(days: readonly string[], today: string, calendar: WorkingCalendar) {
	return days.filter((d) => d <= today && isWorkingDay(dayNumberOf(d) ?? 0, calendar));
}
