import { describe, expect, it } from 'vitest';
import { scorePriority } from '../../../../server/domain/hotspots/priority-score';

const none = { bin: 0, recent: 0, maxRecurrence: 1, overdue: 0, pestLevel: null };

describe('scorePriority', () => {
	it('adds capped points per reason and lists them largest first', () => {
		expect(
			scorePriority({ bin: 3, recent: 2, maxRecurrence: 3, overdue: 1, pestLevel: 'FAIL' })
		).toEqual({
			score: 30 + 10 + 6 + 8 + 11,
			reasons: [
				{ code: 'hotspot', value: 3, points: 30 },
				{ code: 'pest_level', value: 'FAIL', points: 11 },
				{ code: 'recent_reports', value: 2, points: 10 },
				{ code: 'overdue_open', value: 1, points: 8 },
				{ code: 'recurrence', value: 3, points: 6 }
			]
		});
	});

	it('caps every term, so the maximum is 100', () => {
		expect(
			scorePriority({ bin: 3, recent: 99, maxRecurrence: 99, overdue: 99, pestLevel: 'FAIL' }).score
		).toBe(100);
	});

	it('gives nothing for cold spots, single reports, and levels A/B', () => {
		expect(scorePriority({ ...none, bin: -3, pestLevel: 'B' })).toEqual({ score: 0, reasons: [] });
	});

	it('gives level C fewer points than FAIL', () => {
		expect(scorePriority({ ...none, pestLevel: 'C' }).score).toBe(4);
	});
});
