import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../../../web/src/api/case-client';
import {
	cardValue,
	indicatorPeriod,
	totalIndicators,
	yearEarlier
} from '../../../../web/src/pages/cases/indicator-figures';

const row = (key: string, r: Partial<IndicatorRow>): IndicatorRow => ({
	key,
	due: 0,
	closed: 0,
	on_time: 0,
	handled: 0,
	reworked: 0,
	closure_rate: null,
	on_time_rate: null,
	rework_rate: null,
	avg_handling_hours: null,
	open: 0,
	overdue: 0,
	...r
});

/** Two zones: 8 + 2 due, 6 + 2 closed, 5 + 1 on time, 7 + 3 handled, 1 + 1 reworked. */
const ROWS = [
	row('C01', {
		due: 8,
		closed: 6,
		on_time: 5,
		handled: 7,
		reworked: 1,
		avg_handling_hours: 10,
		open: 4,
		overdue: 2
	}),
	row('C02', {
		due: 2,
		closed: 2,
		on_time: 1,
		handled: 3,
		reworked: 1,
		avg_handling_hours: 22,
		open: 1,
		overdue: 0
	})
];

describe('the indicator cards (issue 14 item 9), by hand', () => {
	it('adds the zones up: rates from summed counts, hours weighted by closed cases', () => {
		const totals = totalIndicators(ROWS);
		expect(totals.closureRate).toBeCloseTo(8 / 10); // 80.0%
		expect(totals.onTimeRate).toBeCloseTo(6 / 10); // 60.0%
		expect(totals.reworkRate).toBeCloseTo(2 / 10); // 20.0%
		expect(totals.avgHandlingHours).toBeCloseTo((6 * 10 + 2 * 22) / 8); // 13.0 h
		expect(totals.open).toBe(5);
		expect(totals.overdue).toBe(2);
		expect(cardValue(totals, 'closure')).toEqual({ kind: 'rate', value: '80.0%' });
		expect(cardValue(totals, 'rework')).toEqual({ kind: 'rate', value: '20.0%' });
		expect(cardValue(totals, 'avgHours')).toEqual({ kind: 'hours', value: '13.0' });
		expect(cardValue(totals, 'overdue')).toEqual({ kind: 'count', value: '2' });
	});

	it('shows no rate, not 0%, when nothing was due', () => {
		const totals = totalIndicators([row('C01', { open: 3 })]);
		expect(cardValue(totals, 'closure')).toBeNull();
		expect(cardValue(totals, 'avgHours')).toBeNull();
		expect(cardValue(totals, 'open')).toEqual({ kind: 'count', value: '3' });
		expect(cardValue(null, 'open')).toBeNull();
	});

	it('compares with the same dates a year earlier', () => {
		expect(yearEarlier('2024-02-29')).toBe('2023-02-28');
		expect(yearEarlier('2024-07-31')).toBe('2023-07-31');
	});

	it('defaults to the twelve months up to the latest report, or today when that is earlier', () => {
		// Demo data ending 2025-11-20, read on 2026-12-06: December 2024 to 20 November 2025.
		expect(indicatorPeriod('', '', '2026-12-06', '2025-11-20 16:40:00')).toEqual({
			from: '2024-12-01',
			to: '2025-11-20',
			rolling: true
		});
		// A report today (or a clock behind the data): the window ends today.
		expect(indicatorPeriod('', '', '2026-12-06', '2026-12-06 09:30:00')).toEqual({
			from: '2026-01-01',
			to: '2026-12-06',
			rolling: true
		});
		expect(indicatorPeriod('', '', '2026-03-10', '2027-01-01')).toEqual({
			from: '2025-04-01',
			to: '2026-03-10',
			rolling: true
		});
		// No cases yet: twelve months to today; January reaches back to February last year.
		expect(indicatorPeriod('', '', '2025-01-15', null)).toEqual({
			from: '2024-02-01',
			to: '2025-01-15',
			rolling: true
		});
	});

	it('keeps the dates the URL names; an open end takes the default', () => {
		expect(indicatorPeriod('2024-03-01', '2024-06-15', '2026-12-06', '2025-11-20')).toEqual({
			from: '2024-03-01',
			to: '2024-06-15',
			rolling: false
		});
		expect(indicatorPeriod('2024-03-01', '', '2026-12-06', '2025-11-20')).toEqual({
			from: '2024-03-01',
			to: '2025-11-20',
			rolling: false
		});
	});
});
