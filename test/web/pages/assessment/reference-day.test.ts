import { describe, expect, it } from 'vitest';
import {
	lastEndedMonth,
	referenceDay
} from '../../../../web/src/pages/assessment/reference-day.svelte';

describe('the day the 考核 pages open on', () => {
	it('is today, or the last record day when the records stop earlier', () => {
		// The demo town's records end on 2025-12-31; opened on 2026-12-07 it shows December 2025.
		expect(referenceDay('2026-12-07', '2025-12-31')).toBe('2025-12-31');
		expect(referenceDay('2026-12-07', '2026-12-07')).toBe('2026-12-07');
		// A record dated after today (a clock set wrong) does not move the pages into the future.
		expect(referenceDay('2026-12-07', '2027-01-03')).toBe('2026-12-07');
		expect(referenceDay('2026-12-07', null)).toBe('2026-12-07');
	});

	it('boards and ledgers open on the last month that has ended', () => {
		expect(lastEndedMonth('2025-12-31', '2026-12-07')).toBe('2025-12');
		expect(lastEndedMonth('2026-12-07', '2026-12-07')).toBe('2026-11');
		expect(lastEndedMonth('2026-01-15', '2026-01-20')).toBe('2025-12');
	});
});
