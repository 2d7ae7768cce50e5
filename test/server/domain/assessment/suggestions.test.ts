/**
 * The order of suggested sections (issue 16 item 2), by hand: never-inspected first (key group
 * members, then recurring problems, then distance), then urgency = days since / cadence ×
 * (1 + ¼ per problem, at most 4), nearest first among equals.
 */
import { describe, expect, it } from 'vitest';
import {
	rankSuggestions,
	suggestionReasons,
	urgency,
	type SuggestionFacts
} from '../../../../server/domain/assessment/suggestions';

const f = (id: string, facts: Partial<SuggestionFacts>) => ({
	id,
	daysSince: null,
	everyDays: null,
	recentDeductions: 0,
	openCases: 0,
	distanceM: 100,
	...facts
});

describe('urgency', () => {
	it('scales days to the cadence and weighs recurring problems', () => {
		// A key road inspected weekly, 14 days ago: 14 / 7 = 2.
		expect(urgency(f('a', { daysSince: 14, everyDays: 7 }))).toBe(2);
		// Any other road: 30-day cadence; 45 days, 2 problems: 1.5 × (1 + 2/4) = 2.25.
		expect(urgency(f('b', { daysSince: 45, recentDeductions: 1, openCases: 1 }))).toBe(2.25);
		// Problems count at most 4: 30 days, 9 problems → 1 × 2 = 2.
		expect(urgency(f('c', { daysSince: 30, openCases: 9 }))).toBe(2);
		expect(urgency(f('d', {}))).toBe(Infinity);
	});
});

describe('rankSuggestions', () => {
	it('orders never-inspected, then by urgency, nearest first among equals', () => {
		const ranked = rankSuggestions([
			f('quiet-old', { daysSince: 45 }), // 1.5
			f('key-overdue', { daysSince: 14, everyDays: 7 }), // 2
			f('never-far', { distanceM: 900 }),
			f('recurring', { daysSince: 30, openCases: 1 }), // 1.25
			f('never-key', { everyDays: 7, distanceM: 950 }),
			f('never-near', { distanceM: 50 }),
			f('key-fresh-near', { daysSince: 7, everyDays: 7, distanceM: 10 }), // 1
			f('other-30-far', { daysSince: 30, distanceM: 500 }) // 1
		]);
		expect(ranked.map((r) => r.id)).toEqual([
			'never-key',
			'never-near',
			'never-far',
			'key-overdue',
			'quiet-old',
			'recurring',
			'key-fresh-near',
			'other-30-far'
		]);
	});
});

describe('suggestionReasons', () => {
	it('names why', () => {
		expect(suggestionReasons(f('a', { openCases: 2 }))).toEqual(['never', 'open_cases']);
		expect(suggestionReasons(f('b', { daysSince: 8, everyDays: 7, recentDeductions: 3 }))).toEqual([
			'due',
			'deductions'
		]);
		expect(suggestionReasons(f('c', { daysSince: 31 }))).toEqual(['stale']);
		expect(suggestionReasons(f('d', { daysSince: 3, everyDays: 7 }))).toEqual([]);
	});
});
