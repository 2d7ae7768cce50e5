import { describe, expect, it } from 'vitest';
import { listSlices } from '../../../../server/domain/emerging/slices';

describe('listSlices', () => {
	it('lists whole seasons inside the window, winter across the year boundary', () => {
		expect(listSlices('2023-01-01', '2024-06-30', 'season').map((s) => s.id)).toEqual([
			'2023-spring',
			'2023-summer',
			'2023-autumn',
			'2023-winter',
			'2024-spring'
		]);
		expect(listSlices('2023-12-01', '2024-02-29', 'season')[0]).toMatchObject({
			id: '2023-winter',
			to: '2024-02-29'
		});
	});
	it('lists months, leaving out months the window cuts', () => {
		expect(listSlices('2024-01-15', '2024-04-30', 'month').map((s) => s.id)).toEqual([
			'2024-02',
			'2024-03',
			'2024-04'
		]);
	});
});
