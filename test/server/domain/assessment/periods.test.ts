/**
 * Issue 16 lane C: the weeks and months a ranking covers, checked against the calendar by
 * hand. ISO weeks start on Monday and week 1 holds 4 January; "the same period last year" is
 * the same month or the same week number.
 */
import { describe, expect, it } from 'vitest';
import {
	isoWeekOf,
	isoWeeksIn,
	lastYearOf,
	periodOf,
	periodRange,
	stepPeriod
} from '../../../../server/contract/assessment-scores';
import { rankScores } from '../../../../server/domain/assessment/ranking';

describe('ISO weeks', () => {
	it('numbers weeks as the calendar does across year ends', () => {
		expect(isoWeekOf('2025-01-01')).toBe('2025-W01'); // a Wednesday
		expect(isoWeekOf('2024-12-30')).toBe('2025-W01'); // its Monday, in the old year
		expect(isoWeekOf('2021-01-03')).toBe('2020-W53'); // a Sunday still in 2020's week 53
		expect(isoWeekOf('2025-05-31')).toBe('2025-W22');
		expect(isoWeekOf('2025-06-01')).toBe('2025-W22'); // Sunday closes the week
		expect(isoWeekOf('2025-06-02')).toBe('2025-W23');
	});

	it('knows which years have a week 53', () => {
		expect(isoWeeksIn(2020)).toBe(53);
		expect(isoWeeksIn(2026)).toBe(53);
		expect(isoWeeksIn(2025)).toBe(52);
	});
});

describe('periods', () => {
	it('covers a month from its first day to the first of the next', () => {
		expect(periodRange('month', '2025-02')).toEqual({ from: '2025-02-01', until: '2025-03-01' });
		expect(periodRange('month', '2024-12')).toEqual({ from: '2024-12-01', until: '2025-01-01' });
		expect(periodRange('month', '2024-13')).toBeNull();
	});

	it('covers a week Monday to Sunday; a week the year lacks is none', () => {
		expect(periodRange('week', '2025-W01')).toEqual({ from: '2024-12-30', until: '2025-01-06' });
		expect(periodRange('week', '2020-W53')).toEqual({ from: '2020-12-28', until: '2021-01-04' });
		expect(periodRange('week', '2025-W53')).toBeNull();
	});

	it('compares with the same month, or the same week number, a year before', () => {
		expect(lastYearOf('month', '2025-03')).toBe('2024-03');
		expect(lastYearOf('week', '2025-W22')).toBe('2024-W22');
		expect(lastYearOf('week', '2026-W53')).toBeNull(); // 2026 has a week 53, 2025 has not
		expect(lastYearOf('week', '2021-W10')).toBe('2020-W10');
	});

	it('steps and finds periods', () => {
		expect(periodOf('month', '2025-05-31')).toBe('2025-05');
		expect(periodOf('week', '2025-05-31')).toBe('2025-W22');
		expect(stepPeriod('month', '2025-01', -1)).toBe('2024-12');
		expect(stepPeriod('month', '2024-12', 1)).toBe('2025-01');
		expect(stepPeriod('week', '2025-W01', -1)).toBe('2024-W52');
		expect(stepPeriod('week', '2020-W53', 1)).toBe('2021-W01');
	});
});

describe('ranks', () => {
	const row = (name: string, score: number) => ({
		key: name,
		name,
		score,
		inspections: 1,
		deductions: 0,
		min: score,
		lastYear: null,
		change: null
	});

	it('gives equal means one rank and skips the next (1, 2, 2, 4)', () => {
		const rows = [row('a', 70), row('b', 90), row('c', 80), row('d', 80)];
		expect(rankScores(rows, 'best').map((r) => [r.name, r.rank])).toEqual([
			['b', 1],
			['c', 2],
			['d', 2],
			['a', 4]
		]);
		expect(rankScores(rows, 'worst').map((r) => [r.name, r.rank])).toEqual([
			['a', 4],
			['c', 2],
			['d', 2],
			['b', 1]
		]);
	});
});
