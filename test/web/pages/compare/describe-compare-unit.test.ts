import { describe, expect, it } from 'vitest';
import type { CompareUnit } from '../../../../web/src/api/comparison';
import { Locale } from '../../../../web/src/i18n';
import { describeCompareUnit } from '../../../../web/src/pages/compare/describe-compare-unit';

const UNIT: CompareUnit = Object.freeze({
	id: 'Z-LW',
	name: '龙湾村',
	a: { value: 0.5, level: 'B', methodLevel: 'B' },
	b: { value: 2.22, level: 'FAIL', methodLevel: 'FAIL' },
	delta: 1.72,
	deltaPct: 344.44,
	levelChange: 'worsened'
}) as CompareUnit;
const PERIODS = { a: '2024 年夏季', b: '2025 年夏季' };

describe('describeCompareUnit', () => {
	it('shows period A and B with value and level, then the change', () => {
		const { t } = new Locale();
		expect(describeCompareUnit('龙湾村', UNIT, PERIODS, '路径法', t)).toEqual({
			title: '龙湾村',
			subtitle: '路径法',
			rows: [
				{ label: 'A · 2024 年夏季', value: '0.50 · B 级' },
				{ label: 'B · 2025 年夏季', value: '2.22 · 不达标' },
				{ label: '变化', value: '+1.72（+344.44 %） · 变差' }
			]
		});
	});
	it('says "no data" for a zone the comparison has no row for, in English too', () => {
		const locale = new Locale();
		locale.lang = 'en';
		const d = describeCompareUnit(
			'Dazhou',
			undefined,
			{ a: 'Summer 2024', b: 'Summer 2025' },
			'Route index',
			locale.t
		);
		expect(d.title).toBe('Dazhou');
		expect(d.rows.map((r) => r.value)).toEqual(['No data', 'No data', '— · —']);
	});

	it('names the method in view’s level, as the table does, not the pest’s worst', () => {
		const { t } = new Locale();
		const unit = {
			...UNIT,
			a: { value: 0.58, level: 'FAIL', methodLevel: 'C', methodNote: null },
			b: { value: 0.4, level: 'FAIL', methodLevel: null, methodNote: 'not_graded' }
		} as CompareUnit;
		const d = describeCompareUnit('龙湾村', unit, PERIODS, '路径法', t);
		expect(d.rows.slice(0, 2).map((r) => r.value)).toEqual(['0.58 · C 级', '0.40 · 不评级']);
	});
});
