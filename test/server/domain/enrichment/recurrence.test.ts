import { describe, expect, it } from 'vitest';
import { computeRecurrence } from '../../../../server/domain/enrichment/recurrence';

// 0.0001° latitude ≈ 11 m.
const at = (id: string, dLat: number, when: string) => ({
	id,
	lng: 113.09,
	lat: 22.95 + dLat,
	at: when
});

describe('computeRecurrence', () => {
	it('numbers re-reports of one place in time order, whatever the input order', () => {
		const points = [
			at('c', 0.0002, '2024-03-01T09:00:00'),
			at('a', 0, '2023-01-01T09:00:00'),
			at('b', 0.0001, '2023-06-01T09:00:00')
		];
		expect(Object.fromEntries(computeRecurrence(points))).toEqual({ a: 1, b: 2, c: 3 });
	});

	it('treats reports more than 30 m apart as different places', () => {
		const points = [at('a', 0, '2023-01-01T09:00:00'), at('far', 0.0004, '2023-02-01T09:00:00')];
		expect(Object.fromEntries(computeRecurrence(points))).toEqual({ a: 1, far: 1 });
	});

	it('breaks a tie in time by id', () => {
		const points = [at('y', 0, '2023-01-01T09:00:00'), at('x', 0, '2023-01-01T09:00:00')];
		expect(Object.fromEntries(computeRecurrence(points))).toEqual({ x: 1, y: 2 });
	});
});
