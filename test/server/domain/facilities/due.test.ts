import { describe, expect, it } from 'vitest';
import {
	addDays,
	dueState,
	facilityCondition,
	facilityNextDue,
	shareWorking,
	standingTargetDue
} from '../../../../server/domain/facilities/due';

describe('addDays', () => {
	it('counts calendar days across month, leap-day and year ends', () => {
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29'); // 2024 is a leap year
		expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
		expect(addDays('2025-12-25', 14)).toBe('2026-01-08'); // 25 + 14 = 39 = 31 + 8
		expect(addDays('2025-03-31', 30)).toBe('2025-04-30');
	});
});

describe('facility next inspection day', () => {
	it('is the last inspection day + the cadence, else the installed day + the cadence', () => {
		// A bait station (every 14 days) inspected 2025-12-17: next 2025-12-31.
		expect(facilityNextDue('2025-12-17', '2024-04-11', 14)).toBe('2025-12-31');
		// Never inspected, installed 2025-10-01, rat-proofing every 90 days: 1 Oct + 90 =
		// 30 (rest of Oct) + 30 (Nov) + 30 (Dec 30) → 2025-12-30.
		expect(facilityNextDue(null, '2025-10-01', 90)).toBe('2025-12-30');
		expect(facilityNextDue(null, null, 30)).toBeNull();
	});

	it('is due on its day and overdue only the day after', () => {
		// next 2025-12-31: on 12-30 not due; on 12-31 due, not overdue; on 2026-01-01 overdue.
		expect(dueState('2025-12-31', '2025-12-30')).toEqual({ due: false, overdue: false });
		expect(dueState('2025-12-31', '2025-12-31')).toEqual({ due: true, overdue: false });
		expect(dueState('2025-12-31', '2026-01-01')).toEqual({ due: true, overdue: true });
		// Neither inspected nor with an installed day: due and overdue at once.
		expect(dueState(null, '2025-12-31')).toEqual({ due: true, overdue: true });
	});
});

describe('standing target due', () => {
	it('is due when last treated + every N days ≤ the day', () => {
		// Green belt every 14 days, last sprayed 2025-12-17: next 2025-12-31.
		expect(standingTargetDue('2025-12-17', 14, '2025-12-30')).toEqual({
			nextDueOn: '2025-12-31',
			due: false
		});
		expect(standingTargetDue('2025-12-17', 14, '2025-12-31')).toEqual({
			nextDueOn: '2025-12-31',
			due: true
		});
		// Reserved land every 30 days, last 2025-01-30: next 2025-03-01 (28-day February).
		expect(standingTargetDue('2025-01-30', 30, '2025-02-28').due).toBe(false);
		expect(standingTargetDue('2025-01-30', 30, '2025-03-01').due).toBe(true);
		// Never treated: due, with no next day.
		expect(standingTargetDue(null, 21, '2025-06-01')).toEqual({ nextDueOn: null, due: true });
	});
});

describe('facility condition and share working', () => {
	it('reads the last inspection: missing or not working is broken, before bait taken', () => {
		expect(facilityCondition(null)).toBe('unchecked');
		expect(facilityCondition({ present: false, working: false, baitTaken: null })).toBe('broken');
		expect(facilityCondition({ present: true, working: false, baitTaken: true })).toBe('broken');
		expect(facilityCondition({ present: true, working: true, baitTaken: true })).toBe('bait_taken');
		expect(facilityCondition({ present: true, working: true, baitTaken: null })).toBe('working');
	});

	it('counts working and bait-taken facilities over those inspected', () => {
		// 2 working + 1 bait taken = 3 working of 4 inspected (the unchecked one is left out): 0.75.
		expect(shareWorking(['working', 'working', 'bait_taken', 'broken', 'unchecked'])).toEqual({
			inspected: 4,
			working: 3,
			share: 0.75
		});
		expect(shareWorking(['unchecked'])).toEqual({ inspected: 0, working: 0, share: null });
	});
});
