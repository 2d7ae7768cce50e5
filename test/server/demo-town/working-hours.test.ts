import { describe, expect, it } from 'vitest';
import { dayOf, isoDateTime } from '../../../server/demo-town/calendar';
import {
	addWorkingMinutes,
	workingMinutesBetween
} from '../../../server/domain/calendar/working-time';

const at = (y: number, m: number, d: number, hh: number, mm = 0) =>
	dayOf(y, m, d) * 1440 + hh * 60 + mm;

describe('working hours (09:00–17:00, Monday–Friday)', () => {
	it.each([
		['within the day', at(2024, 5, 8, 10), 4 * 60, '2024-05-08T14:00:00'],
		['ending exactly at close', at(2024, 5, 8, 9), 8 * 60, '2024-05-08T17:00:00'],
		['spilling into the next day', at(2024, 5, 8, 15), 4 * 60, '2024-05-09T11:00:00'],
		['reported in the evening', at(2024, 5, 8, 20), 60, '2024-05-09T10:00:00'],
		['reported before opening', at(2024, 5, 8, 7, 30), 30, '2024-05-08T09:30:00'],
		['Friday afternoon into Monday', at(2024, 5, 10, 16), 2 * 60, '2024-05-13T10:00:00'],
		['reported on Saturday', at(2024, 5, 11, 11), 8 * 60, '2024-05-13T17:00:00'],
		['four working days', at(2024, 5, 8, 9), 32 * 60, '2024-05-13T17:00:00']
	])('adds working time %s', (_, start, minutes, expected) => {
		expect(isoDateTime(addWorkingMinutes(start, minutes))).toBe(expected);
	});

	it('counts working minutes between two instants', () => {
		expect(workingMinutesBetween(at(2024, 5, 10, 16), at(2024, 5, 13, 10))).toBe(120);
		expect(workingMinutesBetween(at(2024, 5, 13, 10), at(2024, 5, 10, 16))).toBe(0);
	});
});
