import { describe, expect, it } from 'vitest';
import {
	HolidayCalendarError,
	holidayYearProblems,
	parseHolidayYear
} from '../../../../server/domain/calendar/holiday-calendar';
import { buildWorkingCalendar } from '../../../../server/domain/calendar/working-calendar';

const day = (date: string, name_zh = '春节', name_en = 'Spring Festival') => ({
	date,
	name_zh,
	name_en
});
const year = (patch: Record<string, unknown> = {}) => ({
	year: 2026,
	source: '国务院办公厅关于2026年部分节假日安排的通知',
	holidays: [day('2026-02-16'), day('2026-02-15')],
	workdays: [day('2026-02-14', '春节调休上班', 'Spring Festival workday')],
	...patch
});

describe('holiday year files: parse and check', () => {
	it('accepts a valid year and sorts its days', () => {
		const parsed = parseHolidayYear(year());
		expect(parsed.holidays.map((h) => h.date)).toEqual(['2026-02-15', '2026-02-16']);
		expect(parsed.workdays[0].name_zh).toBe('春节调休上班');
	});

	it.each([
		[
			'a weekday listed as a 调休 workday',
			{ workdays: [day('2026-02-16')] },
			'2026-02-16 is listed as a 调休 workday but is a weekday'
		],
		[
			'a date that does not exist',
			{ holidays: [day('2026-02-30')] },
			'holidays[0]: "2026-02-30" is not a YYYY-MM-DD date'
		],
		['a date of another year', { holidays: [day('2025-10-01')] }, '2025-10-01 is not in 2026'],
		['a day both off and worked', { holidays: [day('2026-02-14')] }, '2026-02-14 is listed twice'],
		[
			'a missing name',
			{ holidays: [day('2026-02-16', '')] },
			'2026-02-16 needs name_zh and name_en'
		],
		['no source', { source: ' ' }, 'source must name the notice'],
		['holidays not a list', { holidays: '2026-02-16' }, 'holidays must be a list'],
		['a bad year', { year: '2026' }, 'year must be a whole year, not "2026"']
	])('names the problem: %s', (_, patch, message) => {
		expect(holidayYearProblems(year(patch)).join('\n')).toContain(message);
		expect(() => parseHolidayYear(year(patch))).toThrow(HolidayCalendarError);
	});

	it('lists every problem at once', () => {
		const problems = holidayYearProblems(
			year({ holidays: [day('2026-13-01')], workdays: [day('2026-02-16')] })
		);
		expect(problems).toHaveLength(2);
	});

	it('refuses two files for one year', () => {
		const y = parseHolidayYear(year());
		expect(() => buildWorkingCalendar([y, y])).toThrow('two holiday files for 2026');
	});
});
