import { describe, expect, it } from 'vitest';
import { CONTROL_THRESHOLDS } from '../../../../server/domain/catalogues/control-thresholds';
import { SURVEY_METHODS } from '../../../../server/domain/catalogues/survey-methods';
import { assessIndicator, assessPest } from '../../../../server/domain/density/assess-pests';
import { worstLevel } from '../../../../server/domain/density/grade-indicator';
import { SHIPPED_CATALOGUE } from './helpers';

const grade = (method: string, count: number, effort: number, count2: number | null = null) =>
	assessIndicator(SHIPPED_CATALOGUE, method, { count, effort, count2 });

describe('worked checks of domain.md §2', () => {
	it('rat indoor sign rate 2.20 % is B', () => {
		const r = grade('rat.indoor_signs', 11, 500);
		expect(r.value).toBeCloseTo(2.2, 12);
		expect(r.level).toBe('B');
	});
	it('rat indoor sign rate 7.00 % is FAIL', () => {
		expect(grade('rat.indoor_signs', 7, 100).level).toBe('FAIL');
	});
	it('fly positive rooms 17.6 % is FAIL, 1.96 × the C limit', () => {
		const r = grade('fly.indoor_rooms', 44, 250, 88);
		expect(r.value).toBeCloseTo(17.6, 12);
		expect(r.value! / 9).toBeCloseTo(1.96, 2);
		expect(r.level).toBe('FAIL');
	});
	it('cockroach infestation 9.1 % is FAIL, 1.82 × C', () => {
		const r = grade('cockroach.infestation', 91, 1000);
		expect(r.value! / 5).toBeCloseTo(1.82, 2);
		expect(r.level).toBe('FAIL');
	});
	it('mosquito landing 0.46 per person-session is A', () => {
		expect(grade('mosquito.landing', 23, 50)).toMatchObject({ value: 0.46, level: 'A' });
	});
});

// Single-value graded methods: at each limit exactly, the level; just above it, the next.
const singleValueMethods = [...new Set(CONTROL_THRESHOLDS.map((t) => t.method))].filter(
	(m) => !CONTROL_THRESHOLDS.some((t) => t.method === m && t.indicator === 'value2')
);
const NEXT = { A: 'B', B: 'C', C: 'FAIL' } as const;

describe.each(singleValueMethods)('%s limits', (method) => {
	const m = SURVEY_METHODS.find((x) => x.code === method)!;
	const rows = CONTROL_THRESHOLDS.filter((t) => t.method === method);
	it.each(rows.map((r) => [r.level, r.limit] as const))(
		'level %s: exactly %d meets it',
		(level, limit) => {
			// effort 1000 makes every limit an exact count: limit / multiplier × 1000.
			const count = (limit / m.multiplier) * 1000;
			expect(grade(method, count, 1000).level).toBe(level);
			expect(grade(method, count + 0.01, 1000).level).toBe(NEXT[level]);
		}
	);
});

describe('mosquito dipping needs both values', () => {
	it('is graded by the worse of positive dip % and larvae per positive dip', () => {
		// 1 % positive dips (A) with 2 larvae per positive dip (< 3: A) -> A
		expect(grade('mosquito.dipping', 1, 100, 2).level).toBe('A');
		// 1 % positive dips (A) but exactly 3 larvae per positive dip: "< 3" fails A -> B
		expect(grade('mosquito.dipping', 1, 100, 3).level).toBe('B');
		// 2 % (B) with 7.9 larvae per dip (< 8: C) -> C
		expect(grade('mosquito.dipping', 2, 100, 15.8).level).toBe('C');
		// 5 % (C) with exactly 8 larvae per positive dip -> FAIL
		expect(grade('mosquito.dipping', 5, 100, 40).level).toBe('FAIL');
	});
	it('gives no level without the larvae count, and says why', () => {
		const r = grade('mosquito.dipping', 1, 100, null);
		expect(r.level).toBeNull();
		expect(r.note).toBe('second_value_missing');
	});
	it('treats no positive dips as meeting the larvae limit', () => {
		expect(grade('mosquito.dipping', 0, 100, 0)).toMatchObject({ value: 0, value2: 0, level: 'A' });
	});
});

describe('the fly rule: ≤ 3 flies per positive room at every level', () => {
	it('fails an A-level positive-room rate with 3.1 flies per positive room', () => {
		expect(grade('fly.indoor_rooms', 10, 1000, 31).level).toBe('FAIL');
	});
	it('keeps the level with exactly 3 flies per positive room', () => {
		expect(grade('fly.indoor_rooms', 10, 1000, 30).level).toBe('A');
		expect(grade('fly.indoor_rooms', 60, 1000, 180).level).toBe('B');
	});
});

describe('no data and not graded', () => {
	it('zero effort is no data with a reason, never 0 or NaN', () => {
		const r = grade('rat.indoor_signs', 0, 0);
		expect(r).toMatchObject({ value: null, value2: null, level: null });
		expect(r.note).toBe('no_data');
	});
	it('light traps are reported but not graded', () => {
		const r = grade('mosquito.light_trap', 30, 4);
		expect(r).toMatchObject({ value: 7.5, level: null });
		expect(r.note).toBe('not_graded');
	});
	it('sticky boards give density and positive-board %', () => {
		expect(grade('cockroach.sticky', 9, 30, 6)).toMatchObject({
			value: 0.3,
			value2: 20,
			level: null
		});
	});
});

describe('pest and area levels', () => {
	it('a pest takes the worst graded indicator, ignoring ungraded ones', () => {
		const pest = assessPest('rat', [
			grade('rat.indoor_signs', 1, 100), // A
			grade('rat.outdoor_route', 4, 2), // 2 per km: B
			grade('rat.snap_trap', 9, 100) // not graded
		]);
		expect(pest.level).toBe('B');
	});
	it('an area takes the worst pest; nothing graded is null', () => {
		expect(worstLevel(['A', 'C', null, 'B'])).toBe('C');
		expect(worstLevel(['A', 'FAIL'])).toBe('FAIL');
		expect(worstLevel([null, null])).toBeNull();
	});
});
