import { describe, expect, it } from 'vitest';
import {
	addWorkingHours,
	isDueSoon,
	isOverdue,
	workingHoursBetween
} from '../../../../server/domain/calendar/deadline-clock';
import { MONDAY_TO_FRIDAY } from '../../../../server/domain/calendar/working-calendar';
import { shippedCalendar } from './shipped-calendar';

const calendar = shippedCalendar();

/** Hand-computed: 09:00–17:00 on working days; see each case's arithmetic. */
describe('deadlines in working hours on the holiday calendar', () => {
	it.each([
		// Fri 15–17 (2 h), Sat 27 off, Sun 28 is a 国庆 调休 workday: 9–11 (2 h).
		['Friday 15:00 before 国庆 2025, 4 h', '2025-09-26T15:00:00', 4, '2025-09-28T11:00:00'],
		// Tue 15–17 (2 h), Oct 1–8 off, Thu Oct 9 9–11 (2 h).
		['Tuesday 15:00, the eve of 国庆 2025, 4 h', '2025-09-30T15:00:00', 4, '2025-10-09T11:00:00'],
		// Fri 2 h, Sat 14 (调休) 8 h, Feb 15–23 off, Tue 24 8 h, Wed 25 8 h, Thu 26 9–15 (6 h).
		['across 春节 2026, 32 h', '2026-02-13T15:00:00', 32, '2026-02-26T15:00:00'],
		// The 调休 Saturday counts from the report: 10–17 (7 h), then Tue Feb 24 9–10.
		[
			'reported on the 调休 Saturday 2026-02-14, 8 h',
			'2026-02-14T10:00:00',
			8,
			'2026-02-24T10:00:00'
		],
		// Reported on a holiday: the clock starts the next working morning, Tue Feb 24 09:00.
		['reported on 春节 Monday 2026-02-16, 4 h', '2026-02-16T10:30:00', 4, '2026-02-24T13:00:00'],
		['reported on the evening of 2025-10-03, 2 h', '2025-10-03T20:00:00', 2, '2025-10-09T11:00:00'],
		// Fri 16–17 (1 h), Sat 28 is the second 春节 调休 workday: 9–10.
		[
			'Friday 16:00 before the 调休 Saturday 2026-02-28, 2 h',
			'2026-02-27T16:00:00',
			2,
			'2026-02-28T10:00:00'
		],
		// 2024-05-11 is a 劳动节 调休 Saturday: 11–17 (6 h), Mon 13 9–11.
		[
			'reported on the 调休 Saturday 2024-05-11, 8 h',
			'2024-05-11T11:00:00',
			8,
			'2024-05-13T11:00:00'
		],
		// Outside the files: 2022 falls back to Mon–Fri (Sat Dec 31 off), then 元旦 2023 Jan 1–2.
		['from 2022 into 元旦 2023, 2 h', '2022-12-30T16:00:00', 2, '2023-01-03T10:00:00'],
		// 2027 has no file: Friday 2027-01-01 works although it will be 元旦.
		['in 2027, without a file, 2 h', '2027-01-01T10:00:00', 2, '2027-01-01T12:00:00'],
		['seconds are kept', '2025-09-26T10:00:30', 1, '2025-09-26T11:00:30']
	])('%s', (_, start, hours, expected) => {
		expect(addWorkingHours(start, hours, calendar)).toBe(expected);
	});

	it('without holiday data keeps the plain Monday–Friday rule', () => {
		expect(addWorkingHours('2025-09-26T15:00:00', 4, MONDAY_TO_FRIDAY)).toBe('2025-09-29T11:00:00');
		expect(addWorkingHours('2024-05-11T11:00:00', 8, MONDAY_TO_FRIDAY)).toBe('2024-05-13T17:00:00');
	});

	it('counts working hours between two times', () => {
		// Fri 2 + Sun 28 8 + Mon 29 8 + Tue 30 8 + Thu Oct 9 2.
		expect(workingHoursBetween('2025-09-26T15:00:00', '2025-10-09T11:00:00', calendar)).toBe(28);
		expect(workingHoursBetween('2026-02-14T16:30:00', '2026-02-24T09:30:00', calendar)).toBe(1);
		expect(workingHoursBetween('2025-10-09T11:00:00', '2025-09-26T15:00:00', calendar)).toBe(0);
	});

	it('is overdue only after the deadline', () => {
		expect(isOverdue('2025-10-09T11:00:00', '2025-10-09T11:00:00')).toBe(false);
		expect(isOverdue('2025-10-09T11:00:00', '2025-10-09T11:00:01')).toBe(true);
	});

	it('is due soon within 4 working hours, however many calendar days that spans', () => {
		const deadline = '2025-10-09T11:00:00';
		// Sep 30 16–17 (1 h) + Oct 9 9–11 (2 h) = 3 h, nine calendar days ahead.
		expect(isDueSoon(deadline, '2025-09-30T16:00:00', calendar)).toBe(true);
		expect(isDueSoon(deadline, '2025-09-30T15:00:00', calendar)).toBe(true); // exactly 4 h
		expect(isDueSoon(deadline, '2025-09-30T13:00:00', calendar)).toBe(false); // 6 h
		expect(isDueSoon(deadline, '2025-10-09T11:30:00', calendar)).toBe(false); // overdue
	});

	it('refuses a time that is not local wall time', () => {
		expect(() => addWorkingHours('2025-09-26T15:00:00Z', 1, calendar)).toThrow(
			'not a local date-time'
		);
		expect(() => isOverdue('yesterday', '2025-09-26T15:00:00')).toThrow('"yesterday"');
	});
});
