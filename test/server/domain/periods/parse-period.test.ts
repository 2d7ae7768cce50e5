import { describe, expect, it } from 'vitest';
import { parsePeriod, previousYear } from '../../../../server/domain/periods/parse-period';

const CAMPAIGNS = [{ id: '2025-1', name: '2025 春季除四害', from: '2025-03-25', to: '2025-04-30' }];

describe('parsePeriod', () => {
	it.each([
		['2025', '2025-01-01', '2025-12-31'],
		['2025-07', '2025-07-01', '2025-07-31'],
		['2024-02', '2024-02-01', '2024-02-29'],
		['2023-02', '2023-02-01', '2023-02-28'],
		['2025-spring', '2025-03-01', '2025-05-31'],
		['2025-summer', '2025-06-01', '2025-08-31'],
		['2025-autumn', '2025-09-01', '2025-11-30'],
		['2023-winter', '2023-12-01', '2024-02-29'],
		['2024-winter', '2024-12-01', '2025-02-28'],
		['campaign:2025-1', '2025-03-25', '2025-04-30'],
		['2025-03-01..2025-05-31', '2025-03-01', '2025-05-31']
	])('%s is %s..%s', (id, from, to) => {
		expect(parsePeriod(id, CAMPAIGNS)).toMatchObject({ id, from, to });
	});

	it.each([
		['2025-13', /month must be 01 to 12/],
		['2025-monsoon', /is not a period; write 2025, 2025-07, 2025-summer/],
		['campaign:2030-9', /no such campaign; known campaigns: campaign:2025-1 \(2025 春季除四害\)/],
		['2025-05-01..2025-04-01', /starts after it ends/],
		['2025-02-30..2025-03-01', /not real calendar dates/]
	])('refuses %s', (id, message) => {
		expect(() => parsePeriod(id, CAMPAIGNS)).toThrow(message);
	});
});

describe('previousYear (同比)', () => {
	it('shifts seasons, months and years back one year, winter across the year boundary', () => {
		expect(previousYear(parsePeriod('2025-summer'))).toMatchObject({
			id: '2024-summer',
			from: '2024-06-01',
			to: '2024-08-31'
		});
		expect(previousYear(parsePeriod('2024-winter'))).toMatchObject({
			from: '2023-12-01',
			to: '2024-02-29'
		});
		expect(previousYear(parsePeriod('2025-03'))).toMatchObject({ id: '2024-03' });
	});
	it('shifts a campaign window to the same dates a year earlier, 29 February to the 28th', () => {
		expect(previousYear(parsePeriod('campaign:2025-1', CAMPAIGNS))).toMatchObject({
			from: '2024-03-25',
			to: '2024-04-30'
		});
		expect(previousYear(parsePeriod('2024-02-29..2024-03-10'))).toMatchObject({
			from: '2023-02-28',
			to: '2023-03-10'
		});
	});
});
