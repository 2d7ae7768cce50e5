import { describe, expect, it } from 'vitest';
import { dayNumberOf, weekdayOf } from '../../../../server/domain/calendar/holiday-calendar';
import { readYearFiles, shippedYears } from './shipped-calendar';

/** Breaks as the State Council notices give them: days off inside each year's file. */
const DAYS_PER_BREAK: Record<number, Record<string, number>> = {
	// 元旦 2023 ran 2022-12-31 to 2023-01-02; only its 2023 days are in the 2023 file.
	2023: { 元旦: 2, 春节: 7, 清明节: 1, 劳动节: 5, 端午节: 3, '中秋节、国庆节': 8 },
	2024: { 元旦: 1, 春节: 8, 清明节: 3, 劳动节: 5, 端午节: 1, 中秋节: 3, 国庆节: 7 },
	2025: { 元旦: 1, 春节: 8, 清明节: 3, 劳动节: 5, 端午节: 3, '国庆节、中秋节': 8 },
	2026: { 元旦: 3, 春节: 9, 清明节: 3, 劳动节: 5, 端午节: 3, 中秋节: 3, 国庆节: 7 }
};

const WORKDAYS: Record<number, string[]> = {
	2023: [
		'2023-01-28',
		'2023-01-29',
		'2023-04-23',
		'2023-05-06',
		'2023-06-25',
		'2023-10-07',
		'2023-10-08'
	],
	2024: [
		'2024-02-04',
		'2024-02-18',
		'2024-04-07',
		'2024-04-28',
		'2024-05-11',
		'2024-09-14',
		'2024-09-29',
		'2024-10-12'
	],
	2025: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
	2026: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']
};

describe('the shipped holiday files (data/calendar)', () => {
	it('has one valid file a year, 2023 to 2026, named after its year', () => {
		const files = readYearFiles();
		expect(files.map((f) => f.file)).toEqual(['2023.json', '2024.json', '2025.json', '2026.json']);
		expect(shippedYears().map((y) => y.year)).toEqual([2023, 2024, 2025, 2026]);
	});

	it.each(Object.keys(DAYS_PER_BREAK).map(Number))('%i: days off per break', (year) => {
		const counts: Record<string, number> = {};
		for (const h of shippedYears().find((y) => y.year === year)!.holidays) {
			counts[h.name_zh] = (counts[h.name_zh] ?? 0) + 1;
		}
		expect(counts).toEqual(DAYS_PER_BREAK[year]);
	});

	it.each(Object.keys(WORKDAYS).map(Number))(
		'%i: every 调休 workday is a Saturday or Sunday',
		(year) => {
			const workdays = shippedYears().find((y) => y.year === year)!.workdays;
			expect(workdays.map((w) => w.date)).toEqual(WORKDAYS[year]);
			for (const { date } of workdays) expect([0, 6]).toContain(weekdayOf(dayNumberOf(date)!));
		}
	);

	it('keeps the weekdays the notices state', () => {
		const weekday = (date: string) => weekdayOf(dayNumberOf(date)!);
		expect(weekday('2023-01-02')).toBe(1); // 元旦 2023 ended on a Monday
		expect(weekday('2025-09-30')).toBe(2); // the last working day before 国庆 2025 is a Tuesday
		expect(weekday('2026-02-14')).toBe(6); // the 春节 2026 make-up Saturday
		expect(weekday('2026-02-24')).toBe(2); // the first working day after 春节 2026
	});
});
