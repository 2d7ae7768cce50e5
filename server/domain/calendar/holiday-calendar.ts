/**
 * One year of China's public holidays and 调休 make-up working days, as the State Council
 * notice (国务院办公厅关于20XX年部分节假日安排的通知) sets them: `data/calendar/<year>.json`,
 * editable by an admin. Zod-free and hand-checked so that every error names the date or field
 * a clerk has to fix.
 */

export interface CalendarDay {
	/** `YYYY-MM-DD`, local date. */
	date: string;
	name_zh: string;
	name_en: string;
}

export interface HolidayYear {
	year: number;
	/** Where the dates come from (the notice's title). */
	source: string;
	/** Days off, weekends inside a break included. */
	holidays: CalendarDay[];
	/** Saturdays and Sundays that are working days (调休上班). */
	workdays: CalendarDay[];
}

export class HolidayCalendarError extends Error {
	constructor(readonly problems: string[]) {
		super(problems.join('; '));
		this.name = 'HolidayCalendarError';
	}
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole days since 1970-01-01 of a `YYYY-MM-DD` date, or null when it is not a real date. */
export function dayNumberOf(date: string): number | null {
	if (!DATE.test(date)) return null;
	const ms = Date.parse(`${date}T00:00:00Z`);
	if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) return null;
	return ms / 86_400_000;
}

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (day: number) => new Date(day * 86_400_000).getUTCDay();

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function checkDays(list: unknown, field: string, year: number, problems: string[]) {
	if (!Array.isArray(list)) return void problems.push(`${field} must be a list`);
	list.forEach((entry: Record<string, unknown> | null, i) => {
		const where = `${field}[${i}]`;
		if (typeof entry !== 'object' || entry === null)
			return void problems.push(`${where} is not an object`);
		const { date, name_zh, name_en } = entry;
		const day = typeof date === 'string' ? dayNumberOf(date) : null;
		if (day === null)
			return void problems.push(`${where}: "${String(date)}" is not a YYYY-MM-DD date`);
		if (!(date as string).startsWith(`${year}-`)) problems.push(`${date} is not in ${year}`);
		if (!isText(name_zh) || !isText(name_en)) problems.push(`${date} needs name_zh and name_en`);
		const weekday = weekdayOf(day);
		if (field === 'workdays' && weekday !== 0 && weekday !== 6) {
			problems.push(`${date} is listed as a 调休 workday but is a weekday, already a working day`);
		}
	});
}

/** Every problem of a year file, empty when it is valid. */
export function holidayYearProblems(data: unknown): string[] {
	if (typeof data !== 'object' || data === null) return ['the file is not a JSON object'];
	const { year, source, holidays, workdays } = data as Record<string, unknown>;
	if (!Number.isInteger(year) || (year as number) < 1949 || (year as number) > 2100) {
		return [`year must be a whole year, not ${JSON.stringify(year)}`];
	}
	const problems: string[] = [];
	if (!isText(source)) problems.push('source must name the notice the dates come from');
	checkDays(holidays, 'holidays', year as number, problems);
	checkDays(workdays, 'workdays', year as number, problems);
	if (problems.length) return problems;
	const seen = new Set<string>();
	for (const { date } of [...(holidays as CalendarDay[]), ...(workdays as CalendarDay[])]) {
		if (seen.has(date)) problems.push(`${date} is listed twice`);
		seen.add(date);
	}
	return problems;
}

/** A year file's parsed JSON, checked; throws HolidayCalendarError listing every problem. */
export function parseHolidayYear(data: unknown): HolidayYear {
	const problems = holidayYearProblems(data);
	if (problems.length) throw new HolidayCalendarError(problems);
	const { year, source, holidays, workdays } = data as HolidayYear;
	const pick = ({ date, name_zh, name_en }: CalendarDay) => ({ date, name_zh, name_en });
	const byDate = (a: CalendarDay, b: CalendarDay) => (a.date < b.date ? -1 : 1);
	return {
		year,
		source,
		holidays: holidays.map(pick).sort(byDate),
		workdays: workdays.map(pick).sort(byDate)
	};
}
