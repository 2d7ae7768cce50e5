import { describe, expect, it } from 'vitest';
import {
	parseDate,
	parseDateTime,
	parseList,
	parseNumber
} from '../../../../server/domain/imports/parse-value';

describe('parseDateTime', () => {
	it.each([
		['2024-05-03', '2024-05-03T00:00:00'],
		['2024/5/3', '2024-05-03T00:00:00'],
		['2024.5.3', '2024-05-03T00:00:00'],
		['2024年5月3日', '2024-05-03T00:00:00'],
		['2024-05-03 09:30', '2024-05-03T09:30:00'],
		['2024/5/3 9:30:15', '2024-05-03T09:30:15'],
		['2024-05-03T09:30:00', '2024-05-03T09:30:00']
	])('%s -> %s', (text, iso) => {
		expect(parseDateTime(text)).toBe(iso);
	});

	it('reads an Excel date cell by its wall-clock fields', () => {
		expect(parseDateTime(new Date(Date.UTC(2024, 4, 3, 9, 30)))).toBe('2024-05-03T09:30:00');
	});

	it('reads an Excel serial number only where asked (spreadsheets)', () => {
		expect(parseDateTime(45415, true)).toBe('2024-05-03T00:00:00');
		expect(parseDateTime(45415.5, true)).toBe('2024-05-03T12:00:00');
		expect(parseDateTime(45415)).toEqual({ error: { code: 'not_date', value: '45415' } });
	});

	it.each(['2024-02-30', '2024-13-01', '2024-05-03 25:00', '03/05/2024', 'soon'])(
		'refuses %s with a code and the cell',
		(text) => {
			expect(parseDateTime(text)).toEqual({
				error: { code: expect.stringMatching(/^not_(calendar_)?date$/), value: text }
			});
		}
	);

	it('blank is null', () => {
		expect(parseDateTime('  ')).toBeNull();
		expect(parseDate(null)).toBeNull();
	});

	it('parseDate drops the time of day', () => {
		expect(parseDate('2024/5/3 09:30')).toBe('2024-05-03');
	});
});

describe('parseNumber and parseList', () => {
	it('reads numbers from text or cells, full-width digits too', () => {
		expect(parseNumber(' 12.5 ')).toBe(12.5);
		expect(parseNumber(7)).toBe(7);
		expect(parseNumber('１２')).toBe(12);
		expect(parseNumber('12只')).toEqual({ error: { code: 'not_number', value: '12只' } });
	});

	it('splits lists on , ; 、 | and their full-width forms', () => {
		expect(parseList('c01、c02；c03, c04|c05')).toEqual(['c01', 'c02', 'c03', 'c04', 'c05']);
	});
});
