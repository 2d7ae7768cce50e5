/**
 * Issue 17, lane A: grading by the edition in force on a survey's date, sample minimums, and the
 * whole town's grade from summed records, against hand calculations.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_MINIMUMS } from '../../../../server/domain/catalogues/sample-minimums';
import { STANDARD_EDITIONS } from '../../../../server/domain/catalogues/standard-editions';
import type { DensityCatalogue } from '../../../../server/domain/density/assess-pests';
import { assessDatedSums, type UnitSums } from '../../../../server/domain/density/assess-units';
import {
	editionChanges,
	editionCuts,
	editionSegments,
	segmentOf
} from '../../../../server/domain/density/editions';
import { checkThresholdTable } from '../../../../server/domain/density/check-thresholds';
import { CONTROL_THRESHOLDS } from '../../../../server/domain/catalogues/control-thresholds';
import { SHIPPED_CATALOGUE } from './helpers';

const CATALOGUE: DensityCatalogue = {
	...SHIPPED_CATALOGUE,
	editions: STANDARD_EDITIONS,
	sampleMinimums: new Map(SAMPLE_MINIMUMS.map((m) => [m.method, m]))
};

/** Grades records of one pest over from..to as the API does: cut by edition, summed, graded. */
function grade(
	pest: 'rat' | 'mosquito' | 'fly' | 'cockroach',
	from: string,
	to: string,
	records: { day: string; method: string; count: number; effort: number; count2?: number }[],
	scope: 'town' | 'unit' = 'town'
) {
	const segments = editionSegments(STANDARD_EDITIONS, pest, from, to);
	const sums = new Map<string, UnitSums>();
	for (const r of records) {
		const segment = segmentOf(segments, r.day);
		const key = `${r.method}|${segment}`;
		const s = sums.get(key) ?? {
			unit: 'town',
			method: r.method,
			segment,
			count: 0,
			effort: 0,
			count2: null
		};
		s.count += r.count;
		s.effort += r.effort;
		if (r.count2 !== undefined) s.count2 = (s.count2 ?? 0) + r.count2;
		sums.set(key, s);
	}
	return assessDatedSums(CATALOGUE, pest, [...sums.values()], segments, scope);
}

describe('editions by survey date (catalogue data, no dates in the code)', () => {
	it('cuts the fly period at the first day of GB/T 27772-2025, and no other pest', () => {
		expect(editionCuts(STANDARD_EDITIONS, 'fly', '2025-01-01', '2025-12-31')).toEqual([
			'2025-11-01'
		]);
		expect(editionCuts(STANDARD_EDITIONS, 'rat', '2025-01-01', '2025-12-31')).toEqual([]);
		expect(editionSegments(STANDARD_EDITIONS, 'fly', '2025-10-01', '2025-11-30')).toEqual([
			{ from: '2025-10-01', to: '2025-10-31', standard: 'GB/T 27772-2011' },
			{ from: '2025-11-01', to: '2025-11-30', standard: 'GB/T 27772-2025' }
		]);
		expect(editionChanges(STANDARD_EDITIONS, 'fly', '2025-10-01', '2025-11-30')).toEqual([
			{ pest: 'fly', from: 'GB/T 27772-2011', to: 'GB/T 27772-2025', date: '2025-11-01' }
		]);
		// A period ending on 2025-10-31 or starting on 2025-11-01 has one edition.
		expect(editionChanges(STANDARD_EDITIONS, 'fly', '2025-01-01', '2025-10-31')).toEqual([]);
		expect(editionChanges(STANDARD_EDITIONS, 'fly', '2025-11-01', '2026-10-31')).toEqual([]);
	});

	it('a survey on 2025-10-31 grades by GB/T 27772-2011, one on 2025-11-01 by the 2025 edition (no limits: not graded)', () => {
		// 40 rooms with flies in 1000 = 4.0 % (B: ≤6, not A: ≤3); 40 flies in 40 rooms = 1.0 per room (≤3).
		const sample = { method: 'fly.indoor_rooms', count: 40, effort: 1000, count2: 40 };
		const oct = grade('fly', '2025-10-31', '2025-10-31', [{ day: '2025-10-31', ...sample }]);
		expect(oct.indicators[0]).toMatchObject({
			value: 4,
			level: 'B',
			standard: 'GB/T 27772-2011',
			note: null
		});
		expect(oct.level).toBe('B');
		const nov = grade('fly', '2025-11-01', '2025-11-01', [{ day: '2025-11-01', ...sample }]);
		expect(nov.indicators[0]).toMatchObject({
			value: 4,
			level: null,
			standard: 'GB/T 27772-2025',
			note: 'limits_not_entered'
		});
		expect(nov).toMatchObject({ level: null, levelNote: 'limits_not_entered' });
	});

	it('a period straddling the change grades each share by its edition; one ungraded share leaves the period ungraded', () => {
		const records = [
			{ day: '2025-10-15', method: 'fly.breeding_sites', count: 2, effort: 100 },
			{ day: '2025-11-15', method: 'fly.breeding_sites', count: 0, effort: 100 }
		];
		const r = grade('fly', '2025-10-01', '2025-11-30', records);
		const ind = r.indicators[0];
		// Index over the whole period: (2 + 0) / (100 + 100) × 100 = 1.0 %.
		expect(ind.value).toBeCloseTo(1, 12);
		expect(ind).toMatchObject({ level: null, note: 'limits_not_entered', standard: null });
		expect(ind.shares).toEqual([
			// October: 2 / 100 = 2 % -> B under GB/T 27772-2011 (A ≤1, B ≤3).
			{
				standard: 'GB/T 27772-2011',
				from: '2025-10-01',
				to: '2025-10-31',
				count: 2,
				effort: 100,
				value: 2,
				level: 'B',
				note: null
			},
			{
				standard: 'GB/T 27772-2025',
				from: '2025-11-01',
				to: '2025-11-30',
				count: 0,
				effort: 100,
				value: 0,
				level: null,
				note: 'limits_not_entered'
			}
		]);
	});

	it('once the 2025 limits are entered as data, the later share grades by them and the period takes the worse share', () => {
		const with2025: DensityCatalogue = {
			...CATALOGUE,
			thresholds: [
				...CONTROL_THRESHOLDS,
				// Hypothetical limits, only to show the mechanism: A ≤0.5, B ≤1, C ≤2.
				...(['A', 'B', 'C'] as const).map((level, i) => ({
					standard: 'GB/T 27772-2025',
					method: 'fly.breeding_sites',
					indicator: 'value' as const,
					level,
					limit: [0.5, 1, 2][i],
					comparison: '<=' as const,
					active: true
				}))
			]
		};
		const segments = editionSegments(STANDARD_EDITIONS, 'fly', '2025-10-01', '2025-11-30');
		const r = assessDatedSums(
			with2025,
			'fly',
			[
				// Oct 1 / 200 = 0.5 % -> A (2011: ≤1); Nov 3 / 200 = 1.5 % -> C (2025: ≤2, not ≤1).
				{
					unit: 't',
					method: 'fly.breeding_sites',
					segment: 0,
					count: 1,
					effort: 200,
					count2: null
				},
				{ unit: 't', method: 'fly.breeding_sites', segment: 1, count: 3, effort: 200, count2: null }
			],
			segments,
			'town'
		);
		expect(r.indicators[0].shares!.map((s) => s.level)).toEqual(['A', 'C']);
		expect(r.level).toBe('C');
		// The 2011 and 2025 rows never grade the same day, so the table check accepts both active.
		expect(checkThresholdTable(with2025.thresholds, STANDARD_EDITIONS)).toEqual([]);
	});
});

describe('town grade against a hand calculation', () => {
	// Fixed sample of one season, 2024 (GB/T 2011 editions throughout):
	// rat.indoor_signs   community 1: 12/400, community 2: 9/500, community 3: 4/300
	//   -> 25 / 1200 rooms = 2.0833 % -> B (≤3, not ≤1); 1200 ≥ town minimum 1000.
	// rat.outdoor_route  6 signs over 4 + 3.5 + 4.5 km = 6 / 12 km = 0.5 处/km -> A (≤1); 12 ≥ 10 km.
	// rat.snap_trap      3 / 300 trap-nights: not graded by the standards (note not_graded).
	// Rat level = worst graded indicator = worst(B, A) = B.
	const records = [
		{ day: '2024-04-10', method: 'rat.indoor_signs', count: 12, effort: 400 },
		{ day: '2024-06-10', method: 'rat.indoor_signs', count: 9, effort: 500 },
		{ day: '2024-08-10', method: 'rat.indoor_signs', count: 4, effort: 300 },
		{ day: '2024-04-11', method: 'rat.outdoor_route', count: 2, effort: 4 },
		{ day: '2024-06-11', method: 'rat.outdoor_route', count: 1, effort: 3.5 },
		{ day: '2024-08-11', method: 'rat.outdoor_route', count: 3, effort: 4.5 },
		{ day: '2024-05-01', method: 'rat.snap_trap', count: 3, effort: 300 }
	];

	it('sums every record, grades per method and takes the worst', () => {
		const r = grade('rat', '2024-01-01', '2024-12-31', records);
		expect(r.level).toBe('B');
		const [route, signs, trap] = [
			r.indicators.find((i) => i.method === 'rat.outdoor_route')!,
			r.indicators.find((i) => i.method === 'rat.indoor_signs')!,
			r.indicators.find((i) => i.method === 'rat.snap_trap')!
		];
		expect(signs).toMatchObject({
			count: 25,
			effort: 1200,
			level: 'B',
			sampleMin: 1000,
			standard: 'GB/T 27770-2011'
		});
		expect(signs.value).toBeCloseTo((25 / 1200) * 100, 12);
		expect(route).toMatchObject({ count: 6, effort: 12, value: 0.5, level: 'A', sampleMin: 10 });
		expect(trap).toMatchObject({ level: null, note: 'not_graded', sampleMin: null });
	});

	it('a town sample below its minimum is not graded; the pest level comes from the rest', () => {
		// Without the 300 rooms of August: 21 / 900 rooms, 900 < 1000 -> not graded (would be B).
		const r = grade(
			'rat',
			'2024-01-01',
			'2024-12-31',
			records.filter((x) => x.effort !== 300)
		);
		const signs = r.indicators.find((i) => i.method === 'rat.indoor_signs')!;
		expect(signs).toMatchObject({
			effort: 900,
			level: null,
			note: 'sample_too_small',
			sampleMin: 1000
		});
		// Route index still 6 / 12 km = 0.5 -> A, so the rat level is A.
		expect(r.level).toBe('A');
	});
});

describe('a unit below its sample minimum is not graded', () => {
	it('49 rooms is too small for a community (minimum 50), 50 rooms is graded', () => {
		// 1 / 49 = 2.04 % would be B; not graded: sample 49 of at least 50.
		const small = grade(
			'cockroach',
			'2024-07-01',
			'2024-07-31',
			[{ day: '2024-07-05', method: 'cockroach.infestation', count: 1, effort: 49 }],
			'unit'
		);
		expect(small).toMatchObject({ level: null, levelNote: 'sample_too_small' });
		expect(small.indicators[0]).toMatchObject({
			effort: 49,
			sampleMin: 50,
			note: 'sample_too_small',
			level: null
		});
		// 1 / 50 = 2 %: B (≤3, not ≤1), graded at exactly the minimum.
		const enough = grade(
			'cockroach',
			'2024-07-01',
			'2024-07-31',
			[{ day: '2024-07-05', method: 'cockroach.infestation', count: 1, effort: 50 }],
			'unit'
		);
		expect(enough).toMatchObject({ level: 'B', levelNote: null });
	});

	it('limits at their edges: exactly C passes, just above fails', () => {
		// 50 / 1000 rooms = 5 % = C limit of rat.indoor_signs -> C; 51 / 1000 = 5.1 % -> FAIL.
		const at = grade('rat', '2024-01-01', '2024-12-31', [
			{ day: '2024-03-01', method: 'rat.indoor_signs', count: 50, effort: 1000 }
		]);
		expect(at.level).toBe('C');
		const over = grade('rat', '2024-01-01', '2024-12-31', [
			{ day: '2024-03-01', method: 'rat.indoor_signs', count: 51, effort: 1000 }
		]);
		expect(over.level).toBe('FAIL');
	});
});
