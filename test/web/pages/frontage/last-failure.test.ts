import { describe, expect, it } from 'vitest';
import { lastFailureDay } from '../../../../web/src/pages/frontage/last-failure';

describe('lastFailureDay', () => {
	it('gives the day of the newest failed check, whatever passed after it', () => {
		expect(
			lastFailureDay([
				{ result: 'pass', checkedAt: '2025-12-31T09:12:00' },
				{ result: 'fail', checkedAt: '2025-12-28T16:40:00' },
				{ result: 'fail', checkedAt: '2025-12-02T10:00:00' }
			])
		).toBe('2025-12-28');
	});

	it('is null for a unit that never failed or was never checked', () => {
		expect(lastFailureDay([{ result: 'pass', checkedAt: '2025-12-31T09:12:00' }])).toBeNull();
		expect(lastFailureDay([])).toBeNull();
	});
});
