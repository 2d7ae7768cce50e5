import { describe, expect, it } from 'vitest';
import { classifyEmerging } from '../../../../server/domain/emerging/classify-emerging';

const none = { tau: 0, p: 1 };
const up = { tau: 0.8, p: 0.001 };
const down = { tau: -0.8, p: 0.001 };

describe('classifyEmerging: one synthetic cube per category', () => {
	it.each([
		['new_hot', [0, 0, 0, 0, 0, 0, 0, 0, 0, 2], none],
		['consecutive_hot', [0, 0, 0, 0, 0, 0, 0, 1, 2, 3], none],
		['intensifying_hot', [1, 1, 2, 2, 2, 2, 3, 3, 3, 3], up],
		['persistent_hot', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2], none],
		['diminishing_hot', [3, 3, 3, 3, 3, 2, 2, 2, 1, 1], down],
		['sporadic_hot', [0, 1, 0, 0, 2, 0, 1, 0, 0, 1], none],
		['oscillating_hot', [0, -2, 0, 1, 0, -1, 0, 0, 0, 2], none],
		['historical_hot', [2, 2, 2, 2, 2, 2, 2, 2, 2, 0], none],
		['new_cold', [0, 0, 0, 0, 0, 0, 0, 0, 0, -2], none],
		['consecutive_cold', [0, 0, 0, 0, 0, 0, -1, -1, -2, -3], none],
		['intensifying_cold', [-1, -1, -2, -2, -2, -3, -3, -3, -3, -3], down],
		['persistent_cold', [-2, -2, -2, -2, -2, -2, -2, -2, -2, -2], none],
		['diminishing_cold', [-3, -3, -3, -3, -2, -2, -2, -1, -1, -1], up],
		['sporadic_cold', [0, -1, 0, 0, -2, 0, -1, 0, 0, -1], none],
		['oscillating_cold', [0, 2, 0, -1, 0, 1, 0, 0, 0, -2], none],
		['historical_cold', [-2, -2, -2, -2, -2, -2, -2, -2, -2, 0], none],
		['no_pattern', [0, 0, 1, 0, 0, 0, -1, 0, 0, 0], none]
	] as const)('%s', (category, bins, trend) => {
		expect(classifyEmerging(bins, trend)).toBe(category);
	});

	it('a run that was hot before it began is sporadic, not consecutive', () => {
		expect(classifyEmerging([1, 0, 0, 0, 0, 0, 0, 0, 2, 2], none)).toBe('sporadic_hot');
	});

	it('a significant trend without 90 % hot slices does not make a persistent class', () => {
		expect(classifyEmerging([0, 0, 0, 0, 0, 1, 1, 2, 2, 3], up)).toBe('consecutive_hot');
	});
});
