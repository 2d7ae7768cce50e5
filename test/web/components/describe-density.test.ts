import { describe, expect, it } from 'vitest';
import type { IndicatorJson } from '../../../server/contract/density';
import {
	describeDensityUnit,
	describeIndicator
} from '../../../web/src/components/describe-density';
import { Locale } from '../../../web/src/i18n';
import { createCatalogues, createDensityUnit } from '../fixtures';

function context(lang: 'zh-CN' | 'en') {
	const locale = new Locale();
	locale.lang = lang;
	return { t: locale.t, lang, catalogues: createCatalogues() };
}

const route = (over: Partial<IndicatorJson> = {}): IndicatorJson => ({
	method: 'mosquito.route_index',
	value: 0.6842105,
	value2: null,
	count: 13,
	effort: 19,
	count2: null,
	level: 'C',
	note: null,
	...over
});

describe('describeIndicator', () => {
	it('names the method, gives value with unit, count/effort, level and the A/B/C limits', () => {
		expect(describeIndicator(route(), context('zh-CN'))).toMatchObject({
			name: '路径法（小型积水）',
			value: '0.68 处/km',
			ratio: '13 / 19',
			labels: { ratio: '阳性积水处数 / 检查路程（km）' },
			level: 'C',
			levelLabel: 'C 级',
			limits: 'A ≤0.1 · B ≤0.5 · C ≤0.8',
			limits2: null,
			note: null
		});
	});

	it('explains the note codes in the reader’s language', () => {
		const en = context('en');
		expect(
			describeIndicator(route({ value: null, effort: 0, level: null, note: 'no_data' }), en)
		).toMatchObject({
			value: null,
			level: 'none',
			levelLabel: 'No data',
			note: 'No effective effort, so no index'
		});
		const trap = route({
			method: 'mosquito.light_trap',
			value: 12,
			level: null,
			note: 'not_graded'
		});
		expect(describeIndicator(trap, en)).toMatchObject({
			value: '12 per lamp-night',
			levelLabel: 'Not graded',
			limits: null,
			note: 'No national limit for this method; shown for comparison'
		});
	});

	it('shows the second value and count when present', () => {
		const v = describeIndicator(route({ value2: 2.5, count2: 30 }), context('en'));
		expect(v.value2).toBe('2.5');
		expect(v.count2).toBe('30');
	});
});

describe('describeDensityUnit', () => {
	it('titles the tooltip with the name and the pest level, one row per indicator', () => {
		const unit = createDensityUnit(
			'c02',
			'FAIL',
			[
				['mosquito.route_index', 1.38, 'FAIL'],
				['mosquito.light_trap', 61.1, null]
			],
			'东湖社区'
		);
		expect(describeDensityUnit(unit, 'mosquito', context('zh-CN'))).toEqual({
			title: '东湖社区',
			subtitle: '蚊 · 不达标',
			rows: [
				{ label: '路径法（小型积水）', value: '1.38 处/km（不达标）' },
				{ label: '诱蚊灯', value: '61.1 只/灯·夜' }
			]
		});
	});
});

describe('a unit below its sample minimum (issue 17)', () => {
	it('says 样本不足 with the count against the minimum, in the tooltip and the indicator, not 无数据', () => {
		const short = route({ level: null, note: 'sample_too_small', effort: 0.5, sampleMin: 1 });
		const unit = {
			id: 'g1',
			name: '东湖社区第4网格',
			level: null,
			levelNote: 'sample_too_small' as const,
			indicators: [short]
		};
		expect(describeDensityUnit(unit, 'mosquito', context('zh-CN'))).toMatchObject({
			subtitle: '蚊 · 样本不足（0.5/最少1）',
			rows: [{ label: '路径法（小型积水）', value: '0.68 处/km · 样本不足（0.5/最少1）' }]
		});
		expect(describeIndicator(short, context('en'))).toMatchObject({
			levelLabel: 'Sample too small (0.5/min 1)',
			note: 'Sample too small (0.5/min 1)'
		});
	});

	it('names the edition whose limits are not entered', () => {
		const fly = route({ level: null, note: 'limits_not_entered', standard: 'GB/T 27772-2025' });
		expect(describeIndicator(fly, context('zh-CN')).note).toBe(
			'GB/T 27772-2025 限值未录入，暂不评级'
		);
	});
});
