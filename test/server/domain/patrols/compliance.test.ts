import { describe, expect, it } from 'vitest';
import {
	computeCompliance,
	repeatOffenders,
	type CheckFact
} from '../../../../server/domain/patrols/compliance';

const fail = (unitId: string, checkedAt: string): CheckFact => ({
	unitId,
	checkedAt,
	result: 'fail'
});
const pass = (unitId: string, checkedAt: string): CheckFact => ({
	unitId,
	checkedAt,
	result: 'pass'
});

describe('repeat offenders', () => {
	it('three failures inside the 30 days before the end make one; a fourth day earlier does not count', () => {
		const checks = [
			fail('A', '2026-11-01 10:00:00'), // 30 days before 1 Dec 00:00 exactly: inside
			fail('A', '2026-11-15 10:00:00'),
			fail('A', '2026-11-30 23:59:00'),
			fail('B', '2026-10-31 23:59:59'), // 30 days + 1 s before: outside
			fail('B', '2026-11-10 09:00:00'),
			fail('B', '2026-11-20 09:00:00'),
			fail('C', '2026-12-01 00:00:00'), // at the end: outside
			pass('C', '2026-11-02 08:00:00')
		];
		expect(repeatOffenders(checks, '2026-12-01 00:00:00')).toEqual([{ unitId: 'A', failures: 3 }]);
	});
});

describe('compliance per community in November', () => {
	const units = [
		{ id: 'A', communityId: 'c1' },
		{ id: 'B', communityId: 'c1' },
		{ id: 'C', communityId: 'c1' },
		{ id: 'D', communityId: 'c2' }
	];
	const checks = [
		pass('A', '2026-10-20 09:00:00'), // before the month: A's last result only if nothing later
		fail('A', '2026-11-03 09:00:00'),
		fail('A', '2026-11-10 09:00:00'),
		fail('A', '2026-11-17 09:00:00'),
		pass('A', '2026-11-24 09:00:00'),
		fail('B', '2026-10-28 09:00:00'), // B: not checked in November, last result fail
		pass('D', '2026-11-05 09:00:00'),
		fail('D', '2026-12-02 09:00:00') // after the month: ignored
	];
	const rows = computeCompliance({ units, checks, from: '2026-11-01', until: '2026-12-01' });

	it('c1: 1 of 4 November checks passed; of 2 checked units 1 last passed; A repeats', () => {
		expect(rows.find((r) => r.communityId === 'c1')).toEqual({
			communityId: 'c1',
			units: 3,
			checks: 4,
			checksPassed: 1,
			checkPassShare: 0.25,
			unitsChecked: 2,
			unitsLastPassed: 1,
			lastPassShare: 0.5,
			repeatOffenders: 1
		});
	});

	it('c2: its one November check passed and a December failure is not counted', () => {
		expect(rows.find((r) => r.communityId === 'c2')).toMatchObject({
			checks: 1,
			checkPassShare: 1,
			unitsChecked: 1,
			lastPassShare: 1,
			repeatOffenders: 0
		});
	});
});
