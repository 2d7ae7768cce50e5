import { describe, expect, it } from 'vitest';
import { Locale } from '../../../../web/src/i18n';
import { overviewHeadline, trendMark } from '../../../../web/src/pages/overview/overview-headline';

function translator(lang: 'zh-CN' | 'en') {
	const locale = new Locale();
	locale.lang = lang;
	return locale.t;
}

describe('overviewHeadline', () => {
	it.each([
		[5, 3, '蚊：不达标社区/村 5 个，比去年同期多 2 个'],
		[1, 4, '蚊：不达标社区/村 1 个，比去年同期少 3 个'],
		[2, 2, '蚊：不达标社区/村 2 个，与去年同期持平']
	])('zh: %i now, %i last year', (now, before, text) => {
		expect(overviewHeadline('蚊', now, before, translator('zh-CN'))).toBe(text);
	});

	it.each([
		[5, 3, 'Mosquitoes: 5 communities/villages below level C, 2 more than a year ago'],
		[0, 1, 'Mosquitoes: 0 communities/villages below level C, 1 fewer than a year ago'],
		[2, 2, 'Mosquitoes: 2 communities/villages below level C, as many as a year ago']
	])('en: %i now, %i last year', (now, before, text) => {
		expect(overviewHeadline('Mosquitoes', now, before, translator('en'))).toBe(text);
	});
});

describe('trendMark', () => {
	it('points up, down or not at all', () => {
		expect([trendMark(3, 1), trendMark(1, 3), trendMark(2, 2)]).toEqual(['▲', '▼', '']);
	});
});
