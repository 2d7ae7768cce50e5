import { describe, expect, it } from 'vitest';
import { Locale } from '../../../../web/src/i18n';
import {
	buildPeriodOptions,
	defaultPeriods,
	periodKindOf,
	periodLabel
} from '../../../../web/src/pages/compare/period-options';

const CAMPAIGNS = Object.freeze([
	{ id: '2024-1', name: '2024 春季除四害', from: '2024-03-25' },
	{ id: '2025-1', name: '2025 春季除四害', from: '2025-03-25' }
]);

describe('buildPeriodOptions', () => {
	const options = buildPeriodOptions({ from: '2024-01-05', to: '2025-07-20' }, CAMPAIGNS);
	const ids = (kind: string) => options.filter((o) => o.kind === kind).map((o) => o.id);

	it('lists the seasons the data touches, newest first, winter 2023 reaching into 2024', () => {
		expect(ids('season')).toEqual([
			'2025-summer',
			'2025-spring',
			'2024-winter',
			'2024-autumn',
			'2024-summer',
			'2024-spring',
			'2023-winter'
		]);
	});

	it('lists years, months within the range and campaigns as campaign:<id>', () => {
		expect(ids('year')).toEqual(['2025', '2024']);
		expect(ids('month')).toHaveLength(19);
		expect(ids('month')[0]).toBe('2025-07');
		expect(ids('month').at(-1)).toBe('2024-01');
		expect(ids('campaign')).toEqual(['campaign:2025-1', 'campaign:2024-1']);
	});

	it('labels periods in Chinese and English', () => {
		const locale = new Locale();
		const summer = options.find((o) => o.id === '2025-summer')!;
		const month = options.find((o) => o.id === '2025-07')!;
		const campaign = options.find((o) => o.id === 'campaign:2025-1')!;
		expect(periodLabel(summer, locale.t)).toBe('2025 年夏季');
		expect(periodLabel(month, locale.t)).toBe('2025 年 7 月');
		expect(periodLabel(campaign, locale.t)).toBe('2025 春季除四害');
		locale.lang = 'en';
		expect(periodLabel(summer, locale.t)).toBe('Summer 2025');
	});
});

describe('defaultPeriods', () => {
	it('compares the last summer that has begun with the one before', () => {
		expect(defaultPeriods('2025-12-31')).toEqual({ a: '2024-summer', b: '2025-summer' });
		expect(defaultPeriods('2025-05-31')).toEqual({ a: '2023-summer', b: '2024-summer' });
	});
});

describe('periodKindOf', () => {
	it.each([
		['2025', 'year'],
		['2025-07', 'month'],
		['2025-winter', 'season'],
		['campaign:2025-1', 'campaign']
	])('%s is a %s', (id, kind) => expect(periodKindOf(id)).toBe(kind));
});
