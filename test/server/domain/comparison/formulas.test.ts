import { describe, expect, it } from 'vitest';
import type { IndicatorJson, Level } from '../../../../server/contract/density';
import { computeAnomalies, peakMonth } from '../../../../server/domain/comparison/baseline';
import { compareLevels, compareUnits } from '../../../../server/domain/comparison/compare-units';
import { explainUnjudged } from '../../../../server/domain/comparison/explain-unjudged';
import {
	declinePct,
	judgeSpraying,
	relativePopulationIndex
} from '../../../../server/domain/comparison/spraying-effect';

describe('spraying effect (domain.md §3)', () => {
	it('decline % of a hand-made case', () => {
		expect(declinePct(20, 5)).toBe(75);
		expect(declinePct(0, 5)).toBeNull();
	});
	it('RPI of a hand-made case: treated fell 20 -> 4, controls 10 -> 8', () => {
		// (10 × 4) / (8 × 20) × 100 = 25
		expect(relativePopulationIndex(20, 4, 10, 8)).toBe(25);
		expect(relativePopulationIndex(20, 4, 10, 0)).toBeNull();
		expect(relativePopulationIndex(null, 4, 10, 8)).toBeNull();
	});
	it('verdicts: RPI < 20 effective, < 80 partial, else no effect', () => {
		expect([
			judgeSpraying(19.9),
			judgeSpraying(20),
			judgeSpraying(79.9),
			judgeSpraying(80),
			judgeSpraying(null)
		]).toEqual(['effective', 'partial', 'partial', 'no_effect', 'insufficient_data']);
	});
});

describe('baseline anomaly', () => {
	const values = [
		{ year: 2023, month: 7, value: 10 },
		{ year: 2024, month: 7, value: 20 },
		{ year: 2025, month: 7, value: 30 },
		{ year: 2025, month: 6, value: 12 },
		{ year: 2024, month: 6, value: null }
	];
	it('compares with the mean of the same month in earlier years and names them', () => {
		const a = computeAnomalies(values);
		expect(a[2]).toEqual({
			year: 2025,
			month: 7,
			value: 30,
			baseline: 15,
			anomalyPct: 100,
			baselineYears: [2023, 2024]
		});
		expect(a[0]).toMatchObject({ baseline: null, anomalyPct: null, baselineYears: [] });
		// June 2024 had no surveys: it does not enter June 2025's baseline.
		expect(a[3]).toMatchObject({ baseline: null, baselineYears: [] });
	});
	it('finds the peak month of a year', () => {
		expect(peakMonth(values, 2025)).toBe(7);
		expect(peakMonth(values, 2022)).toBeNull();
	});
});

type Note = IndicatorJson['note'];

describe('compareUnits', () => {
	const unit = (id: string, level: 'A' | 'B' | 'C' | 'FAIL' | null, value: number | null) => ({
		id,
		name: id,
		level,
		indicators:
			value === null
				? []
				: [
						{
							method: 'm',
							value,
							value2: null,
							count: 0,
							effort: 1,
							count2: null,
							level,
							note: null
						}
					]
	});
	it('gives delta, delta % and level change per unit', () => {
		const rows = compareUnits(
			[unit('z1', 'C', 4), unit('z2', 'A', 0)],
			[unit('z1', 'B', 3), unit('z2', 'B', 2), unit('z3', null, null)],
			'm'
		);
		expect(rows).toEqual([
			{
				id: 'z1',
				name: 'z1',
				a: { value: 4, level: 'C', methodLevel: 'C', methodNote: null },
				b: { value: 3, level: 'B', methodLevel: 'B', methodNote: null },
				delta: -1,
				deltaPct: -25,
				levelChange: 'improved'
			},
			{
				id: 'z2',
				name: 'z2',
				a: { value: 0, level: 'A', methodLevel: 'A', methodNote: null },
				b: { value: 2, level: 'B', methodLevel: 'B', methodNote: null },
				delta: 2,
				deltaPct: null,
				levelChange: 'worsened'
			},
			{
				id: 'z3',
				name: 'z3',
				a: { value: null, level: null, methodLevel: null, methodNote: 'no_data' },
				b: { value: null, level: null, methodLevel: null, methodNote: 'no_data' },
				delta: null,
				deltaPct: null,
				levelChange: null
			}
		]);
	});
	it('grades the level change on the method in view, not the pest (issue 11 item 1)', () => {
		// 龙江社区 summer 2024: route index 0.58 is C (C ≤ 0.8) while landing makes the pest FAIL.
		const side = (pestLevel: Level, method: string, value: number, level: Level, note: Note) => ({
			id: 'c07',
			name: '龙江社区',
			level: pestLevel,
			indicators: [{ method, value, value2: null, count: 7, effort: 12, count2: null, level, note }]
		});
		const [route] = compareUnits(
			[side('FAIL', 'mosquito.route_index', 0.58, 'C', null)],
			[side('FAIL', 'mosquito.route_index', 0.59, 'C', null)],
			'mosquito.route_index'
		);
		expect(route.a).toMatchObject({ value: 0.58, methodLevel: 'C', methodNote: null });
		expect(route.levelChange).toBe('unchanged');
		// 北苑社区 rats: indoor sign rate 0.00 (A) both summers while the pest went B → FAIL.
		const [signs] = compareUnits(
			[side('B', 'rat.indoor_signs', 0, 'A', null)],
			[side('FAIL', 'rat.indoor_signs', 0, 'A', null)],
			'rat.indoor_signs'
		);
		expect(signs.levelChange).toBe('unchanged');
		// A method without limits says so, and has no level change.
		const [trap] = compareUnits(
			[side('B', 'mosquito.light_trap', 20, null, 'not_graded')],
			[side('C', 'mosquito.light_trap', 9, null, 'not_graded')],
			'mosquito.light_trap'
		);
		expect(trap.b).toMatchObject({ methodLevel: null, methodNote: 'not_graded' });
		expect(trap.levelChange).toBeNull();
	});
	it('level change ignores ungraded sides', () => {
		expect(compareLevels('FAIL', 'FAIL')).toBe('unchanged');
		expect(compareLevels(null, 'A')).toBeNull();
	});
});

describe('explainUnjudged (issue 11 item 16)', () => {
	const win = (value: number | null, surveys: number) => ({
		value,
		count: value ?? 0,
		effort: surveys,
		surveys
	});
	const round = { from: '2025-03-25', to: '2025-03-27' };
	const pre = (t: number | null, c: number | null) => ({
		window: ['2025-02-08', '2025-03-24'] as [string, string],
		treated: win(t, t === null ? 0 : 4),
		control: win(c, c === null ? 0 : 2)
	});
	const post = (t: number | null, c: number | null) => ({
		window: ['2025-03-28', '2025-05-11'] as [string, string],
		treated: win(t, t === null ? 0 : 8),
		control: win(c, c === null ? 0 : 5)
	});
	it('a round before the first survey of its year: why, and the window that would judge it', () => {
		expect(
			explainUnjudged({
				round,
				pre: pre(null, null),
				post: post(4.7, 10.1),
				controls: ['c02'],
				firstSurvey: '2025-03-28',
				nearest: { treated: '2024-11-20', control: '2024-11-21' },
				maxDays: 120
			})
		).toEqual({
			reason: 'before_first_survey',
			firstSurvey: '2025-03-28',
			window: ['2025-02-08', '2025-03-24'],
			suggestedDays: null
		});
	});
	it('suggests the pre window that would take in the last surveys when within 120 days', () => {
		expect(
			explainUnjudged({
				round,
				pre: pre(null, 3),
				post: post(4.7, 10.1),
				controls: ['c02'],
				firstSurvey: '2025-01-05',
				nearest: { treated: '2025-01-05', control: '2025-03-01' },
				maxDays: 120
			})
		).toMatchObject({ reason: 'no_pre_surveys', suggestedDays: 79 });
	});
	it('names missing post surveys, a zero baseline and no controls; nothing when judged', () => {
		const base = {
			round,
			controls: ['c02'],
			firstSurvey: '2025-01-05',
			nearest: { treated: null, control: null },
			maxDays: 120
		};
		expect(explainUnjudged({ ...base, pre: pre(3, 3), post: post(null, 2) })).toMatchObject({
			reason: 'no_post_surveys',
			window: ['2025-03-28', '2025-05-11']
		});
		expect(explainUnjudged({ ...base, pre: pre(0, 3), post: post(1, 2) })?.reason).toBe(
			'zero_baseline'
		);
		expect(
			explainUnjudged({ ...base, controls: [], pre: pre(3, null), post: post(1, null) })?.reason
		).toBe('no_controls');
		expect(explainUnjudged({ ...base, pre: pre(3, 3), post: post(1, 2) })).toBeNull();
	});
});
