import { describe, expect, it } from 'vitest';
import { lastInspectedDate } from '../../../../web/src/pages/phone/inspect-dates';

describe('the last inspection date on a phone card', () => {
	it('drops the year only for this year', () => {
		expect(lastInspectedDate('2026-12-03T09:15:00', '2026-12-07')).toBe('12-03');
		expect(lastInspectedDate('2025-12-17T10:00:00', '2026-12-07')).toBe('2025-12-17');
		expect(lastInspectedDate(null, '2026-12-07')).toBe('');
	});
});
