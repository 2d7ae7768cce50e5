import { describe, expect, it } from 'vitest';
import type { CaseStatus } from '../../../../server/contract/case-states';
import { findDuplicateCandidates } from '../../../../server/domain/cases/duplicate-candidates';
import { applyAction } from '../../../../server/domain/cases/workflow';
import { actor, ctx, makeCase } from './case-factory';

/**
 * Distances by hand on the 6 371 008.8 m sphere: 1° of latitude = 111 195.08 m, so 0.0004°
 * north = 44.48 m and 0.00045° = 50.04 m; 1° of longitude at 22.96° N = 111 195.08 ×
 * cos 22.96° = 102 385.9 m, so 0.0004° east = 40.95 m; 0.0003° both ways =
 * √(33.36² + 30.72²) = 45.35 m.
 */
const REPORT = { category: 'overflowing_bin', lng: 113.09, lat: 22.96 };
const open = (
	id: string,
	dLng: number,
	dLat: number,
	patch: { status?: CaseStatus; category?: string } = {}
) => ({
	id,
	category: 'overflowing_bin',
	status: 'dispatched' as CaseStatus,
	lng: 113.09 + dLng,
	lat: 22.96 + dLat,
	...patch
});

describe('duplicate candidates within 50 m', () => {
	it('offers open cases of the same category, nearest first', () => {
		const cases = [
			open('C-north-44', 0, 0.0004),
			open('C-north-50.04', 0, 0.00045),
			open('C-east-41', 0.0004, 0),
			open('C-diag-45', 0.0003, 0.0003, { status: 'reported' }),
			open('C-same-spot-other-kind', 0, 0, { category: 'exposed_garbage' }),
			open('C-closed', 0, 0.0001, { status: 'closed' }),
			open('C-rejected', 0, 0.0001, { status: 'rejected' }),
			open('C-merged', 0, 0.0001, { status: 'merged' })
		];
		expect(findDuplicateCandidates(REPORT, cases)).toEqual([
			{ id: 'C-east-41', distanceM: 41 },
			{ id: 'C-north-44', distanceM: 44.5 },
			{ id: 'C-diag-45', distanceM: 45.3 }
		]);
	});

	it('never offers the report itself, and breaks ties by id', () => {
		const cases = [open('B', 0, 0.0001), open('A', 0, -0.0001), open('SELF', 0, 0)];
		expect(findDuplicateCandidates({ ...REPORT, id: 'SELF' }, cases).map((c) => c.id)).toEqual([
			'A',
			'B'
		]);
	});

	it('merges the new report into the offered case', () => {
		const [nearest] = findDuplicateCandidates(REPORT, [open('C-east-41', 0.0004, 0)]);
		const result = applyAction(
			makeCase('reported', { id: 'C-new' }),
			{ action: 'merge', into: { id: nearest.id, status: 'dispatched' } },
			actor('grid', 'g1', ['c01']),
			ctx()
		);
		expect(result.ok && result.case).toMatchObject({ status: 'merged', mergedInto: 'C-east-41' });
	});
});
