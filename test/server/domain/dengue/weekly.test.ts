import { describe, expect, it } from 'vitest';
import {
	isIsoWeek,
	isoWeekOf,
	previousWeek,
	weekRange
} from '../../../../server/contract/iso-week';
import {
	dengueIndex,
	parseSeason,
	weekInSeason,
	weekTrend,
	WeeklySums
} from '../../../../server/domain/dengue/weekly';
import { metresToLine } from '../../../../server/domain/dengue/near-line';

describe('ISO weeks (Monday–Sunday, local dates)', () => {
	it('puts a Sunday in the week of its Monday and the next Monday in the next week', () => {
		expect(weekRange('2025-W36')).toEqual({ from: '2025-09-01', to: '2025-09-07' });
		expect(isoWeekOf('2025-09-01')).toBe('2025-W36');
		expect(isoWeekOf('2025-09-07')).toBe('2025-W36');
		expect(isoWeekOf('2025-09-08')).toBe('2025-W37');
	});

	it('crosses years as ISO 8601 does', () => {
		// 2024-12-30 is a Monday whose Thursday is 2025-01-02: week 1 of 2025.
		expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
		expect(previousWeek('2025-W01')).toBe('2024-W52');
		// 2026 starts on a Thursday, so it has a week 53 (28 Dec 2026 – 3 Jan 2027); 2025 has none.
		expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
		expect(isIsoWeek('2026-W53')).toBe(true);
		expect(isIsoWeek('2025-W53')).toBe(false);
		expect(isIsoWeek('2025-W00')).toBe(false);
	});
});

describe('weekly Aedes indices: sum(count)/sum(effort)×100 per community and ISO week', () => {
	const sums = new WeeklySums([
		// c01, 2024-W29 (15–21 July): BI 3/50 on Monday and 2/50 on Sunday.
		{ unit: 'c01', method: 'mosquito.breteau', date: '2024-07-15', count: 3, effort: 50 },
		{ unit: 'c01', method: 'mosquito.breteau', date: '2024-07-21', count: 2, effort: 50 },
		// The next Monday is week 30 and must not enter week 29.
		{ unit: 'c01', method: 'mosquito.breteau', date: '2024-07-22', count: 50, effort: 50 },
		{ unit: 'c01', method: 'mosquito.ovitrap', date: '2024-07-16', count: 4, effort: 40 },
		{ unit: 'c01', method: 'mosquito.container', date: '2024-07-15', count: 5, effort: 125 },
		{ unit: 'c02', method: 'mosquito.breteau', date: '2024-07-17', count: 9, effort: 60 },
		{ unit: 'c02', method: 'mosquito.breteau', date: '2024-07-18', count: 6, effort: 40 }
	]);

	it('pools the week’s records, never averaging per-record ratios', () => {
		// c01 BI = (3 + 2)/(50 + 50) × 100 = 5.00, not mean(6, 4) — the same here — and
		// c02 BI = (9 + 6)/(60 + 40) × 100 = 15.00, where the mean of 15 and 15 agrees; the
		// pooled sums are checked directly too.
		expect(sums.get('c01', '2024-W29', 'mosquito.breteau')).toEqual({ count: 5, effort: 100 });
		expect(sums.get('c02', '2024-W29', 'mosquito.breteau')).toEqual({ count: 15, effort: 100 });
		expect(sums.get('c01', '2024-W30', 'mosquito.breteau')).toEqual({ count: 50, effort: 50 });
		const cell = sums.cell('c01', '2024-W29');
		// BI 5 → transmission (5 starts it); MOI 4/40 × 100 = 10 → outbreak (10 starts it);
		// the community takes the worse: outbreak. CI 5/125 × 100 = 4, with no band.
		expect(cell).toEqual({
			band: 'outbreak',
			bi: { value: 5, count: 5, effort: 100, band: 'transmission' },
			moi: { value: 10, count: 4, effort: 40, band: 'outbreak' },
			ci: { value: 4, count: 5, effort: 125, band: null }
		});
		expect(sums.cell('c02', '2024-W28')).toEqual({ band: null, bi: null, moi: null, ci: null });
	});

	it('bands BI and MOI at the edges docs/decisions.md gives, and never the container index', () => {
		// < 5 safe, 5 ≤ x < 10 transmission, 10 ≤ x ≤ 20 outbreak, > 20 epidemic.
		const band = (count: number, effort: number) =>
			dengueIndex('mosquito.breteau', count, effort).band;
		expect(band(499, 10_000)).toBe('safe'); // 4.99
		expect(band(5, 100)).toBe('transmission'); // 5
		expect(band(999, 10_000)).toBe('transmission'); // 9.99
		expect(band(10, 100)).toBe('outbreak'); // 10
		expect(band(20, 100)).toBe('outbreak'); // 20
		expect(band(2001, 10_000)).toBe('epidemic'); // 20.01
		expect(dengueIndex('mosquito.ovitrap', 2001, 10_000).band).toBe('epidemic');
		expect(dengueIndex('mosquito.container', 30, 100)).toEqual({
			value: 30,
			count: 30,
			effort: 100,
			band: null
		});
		// No effort is no data, never 0 or Infinity.
		expect(dengueIndex('mosquito.breteau', 0, 0)).toEqual({
			value: null,
			count: 0,
			effort: 0,
			band: null
		});
	});

	it('trends by the higher of BI and MOI against last week', () => {
		const w29 = sums.cell('c01', '2024-W29'); // max(5, 10) = 10
		const w30 = sums.cell('c01', '2024-W30'); // BI 100
		expect(weekTrend(w30, w29)).toBe('up');
		expect(weekTrend(w29, w30)).toBe('down');
		expect(weekTrend(w29, w29)).toBe('same');
		expect(weekTrend(w29, sums.cell('c01', '2024-W28'))).toBeNull();
	});
});

describe('dengue season setting', () => {
	it('reads "M-M" and refuses nonsense', () => {
		expect(parseSeason('5-11')).toEqual({ fromMonth: 5, toMonth: 11 });
		expect(parseSeason('11-5')).toBeNull();
		expect(parseSeason('0-13')).toBeNull();
		expect(parseSeason(undefined)).toBeNull();
	});

	it('holds a week touching one of its months', () => {
		const season = { fromMonth: 5, toMonth: 11 };
		// 2025-W18 is 28 April – 4 May: its Sunday is in May.
		expect(weekInSeason(weekRange('2025-W18'), season)).toBe(true);
		expect(weekInSeason(weekRange('2025-W17'), season)).toBe(false);
		// 2025-W49 is 1–7 December.
		expect(weekInSeason(weekRange('2025-W49'), season)).toBe(false);
	});
});

describe('metres to a street', () => {
	it('measures across and beyond the ends of a line', () => {
		// 0.0005° of longitude at 22.955° N = 0.0005 × 111320 × cos(22.955°) ≈ 51.3 m.
		const line = [
			[113.09, 22.955],
			[113.09, 22.96]
		];
		expect(metresToLine([113.0905, 22.9575], line)).toBeCloseTo(51.3, 0);
		// Beyond the north end by 0.001° of latitude: 111.3 m.
		expect(metresToLine([113.09, 22.961], line)).toBeCloseTo(111.3, 0);
	});
});
