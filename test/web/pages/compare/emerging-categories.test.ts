import { describe, expect, it } from 'vitest';
import { Locale } from '../../../../web/src/i18n';
import {
	EMERGING_COLORS,
	emergingLegend,
	isEmergingCategory
} from '../../../../web/src/pages/compare/emerging-categories';

function translator(lang: 'zh-CN' | 'en') {
	const locale = new Locale();
	locale.lang = lang;
	return locale.t;
}

describe('emerging hot spot categories', () => {
	it('colours hot spots red, cold spots blue and no pattern light grey', () => {
		expect(EMERGING_COLORS.persistent_hot).toBe('#de2d26');
		expect(EMERGING_COLORS.intensifying_cold).toBe('#08519c');
		expect(EMERGING_COLORS.no_pattern).toBe('#f0f0f0');
		expect(Object.keys(EMERGING_COLORS)).toHaveLength(17);
		expect(new Set(Object.values(EMERGING_COLORS)).size).toBe(17);
	});

	it('knows its categories and nothing else', () => {
		expect(isEmergingCategory('sporadic_hot')).toBe(true);
		expect(isEmergingCategory('hot')).toBe(false);
		expect(isEmergingCategory('toString')).toBe(false);
	});

	it('lists only the categories present, in the catalogue’s order, in Chinese', () => {
		const present = new Set(['no_pattern', 'sporadic_hot', 'persistent_hot', 'unknown']);
		expect(emergingLegend(present, translator('zh-CN'))).toEqual([
			{ category: 'persistent_hot', color: '#de2d26', label: '持续热点' },
			{ category: 'sporadic_hot', color: '#fdd0a2', label: '零星热点' },
			{ category: 'no_pattern', color: '#f0f0f0', label: '无明显模式' }
		]);
	});

	it('names every category in both languages', () => {
		const all = new Set(Object.keys(EMERGING_COLORS));
		const zh = emergingLegend(all, translator('zh-CN')).map((e) => e.label);
		const en = emergingLegend(all, translator('en')).map((e) => e.label);
		expect(en[0]).toBe('New hot spot');
		expect(zh.every((l) => !l.startsWith('emerging.'))).toBe(true);
		expect(en.every((l) => !l.startsWith('emerging.'))).toBe(true);
		expect(new Set(zh).size).toBe(17);
		expect(new Set(en).size).toBe(17);
	});
});
