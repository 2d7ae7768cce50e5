import { describe, expect, it } from 'vitest';
import { Locale } from '../../../../web/src/i18n';
import {
	levelTrend,
	overviewHeadline,
	trendMark
} from '../../../../web/src/pages/overview/overview-headline';

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

describe('a season without surveys (issue 11 item 2)', () => {
	it('says the season has no surveys instead of "1 fewer than last year"', () => {
		const none = { now: 0, lastYear: 15 };
		expect(overviewHeadline('鼠', 0, 1, translator('zh-CN'), none)).toBe(
			'鼠：本季没有监测记录，无法评级，也不与去年同期比较'
		);
		expect(overviewHeadline('Rats', 0, 1, translator('en'), none)).toBe(
			'Rats: no surveys this season, so nothing is graded or compared with a year ago'
		);
	});
	it('does not compare with a last year that had no surveys', () => {
		expect(overviewHeadline('蚊', 2, 0, translator('zh-CN'), { now: 15, lastYear: 0 })).toBe(
			'蚊：不达标社区/村 2 个；去年同期没有监测记录，无法比较'
		);
	});
	it('never marks "no data" as a change, nor any level of an unsurveyed season', () => {
		const both = { now: 15, lastYear: 15 };
		expect(levelTrend('none', 15, 0, both)).toBe('');
		expect(levelTrend('FAIL', 0, 1, { now: 0, lastYear: 15 })).toBe('');
		expect(levelTrend('A', 0, 5, { now: 15, lastYear: 0 })).toBe('');
		expect(levelTrend('FAIL', 0, 1, both)).toBe('▼');
	});
});
