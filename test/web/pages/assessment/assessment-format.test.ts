/** Issue 16 lane C: the pure helpers of the 考核 pages, against hand-worked cases. */
import { describe, expect, it } from 'vitest';
import type { LedgerRow, ScoreRow } from '../../../../server/contract/assessment-scores';
import { matchRoute, NAV_PAGES } from '../../../../web/src/app/routes';
import { translate } from '../../../../web/src/i18n/translate';
import { zhCN } from '../../../../web/src/i18n/zh-cn';
import { en } from '../../../../web/src/i18n/en';
import {
	ASSESSMENT_TABS,
	boardLists,
	ledgerTotals,
	periodLabel,
	scoreColour,
	trendOf
} from '../../../../web/src/pages/assessment/assessment-format';

const tZh = (key: string, params?: Record<string, string | number>) =>
	translate(zhCN, key as keyof typeof zhCN, params);
const tEn = (key: string, params?: Record<string, string | number>) =>
	translate(en, key as keyof typeof zhCN, params);

describe('trend against last year', () => {
	it('says so when last year has no figure: not an improvement', () => {
		expect(trendOf(null)).toMatchObject({ arrow: '', key: 'asmt.noLastYear' });
		expect(tZh('asmt.noLastYear')).toBe('无去年同期数据');
	});

	it('points up, down or level by the change rounded to one decimal', () => {
		expect(trendOf(5)).toMatchObject({ arrow: '↑', key: 'asmt.up', n: '5.0' });
		expect(trendOf(-2.26)).toMatchObject({ arrow: '↓', key: 'asmt.down', n: '2.3' });
		expect(trendOf(0.04)).toMatchObject({ arrow: '→', key: 'asmt.same' });
		expect(tZh('asmt.down', { n: '2.3' })).toBe('比去年同期低 2.3 分');
	});
});

describe('period labels', () => {
	it('writes a month and an ISO week with its Monday and Sunday', () => {
		expect(periodLabel('month', '2025-05', tZh)).toBe('2025年5月');
		expect(periodLabel('week', '2025-W22', tZh)).toBe('2025年第22周（05-26 至 06-01）');
		expect(periodLabel('week', '2025-W01', tEn)).toBe('Week 1 of 2025 (12-30 to 01-05)');
	});
});

const row = (name: string, score: number, rank: number): ScoreRow => ({
	key: name,
	name,
	score,
	inspections: 1,
	deductions: 0,
	min: score,
	rank,
	lastYear: null,
	change: null
});

describe('红黑榜', () => {
	const rows = [
		row('a', 98, 1),
		row('b', 95, 2),
		row('c', 90, 3),
		row('d', 85, 4),
		row('e', 70, 5)
	];

	it('lists the best n best first and the worst n worst first', () => {
		const { red, black } = boardLists(rows, 2);
		expect(red.map((r) => r.name)).toEqual(['a', 'b']);
		expect(black.map((r) => r.name)).toEqual(['e', 'd']);
	});

	it('never puts one unit on both lists when there are fewer than 2n', () => {
		const { red, black } = boardLists(rows, 5);
		expect(red.map((r) => r.name)).toEqual(['a', 'b']);
		expect(black.map((r) => r.name)).toEqual(['e', 'd']);
		expect(boardLists([row('x', 90, 1)], 5)).toEqual({ red: [row('x', 90, 1)], black: [] });
		expect(boardLists([], 5)).toEqual({ red: [], black: [] });
	});
});

describe('ledger totals', () => {
	const line = (
		kind: 'reward' | 'penalty',
		amount: number,
		unit: 'yuan' | 'points'
	): LedgerRow => ({
		target: 'cleaning_unit',
		targetKey: 'x',
		targetName: 'x',
		score: 80,
		inspections: 1,
		ruleId: 'r',
		ruleNameZh: null,
		ruleNameEn: null,
		kind,
		amount,
		unit
	});

	it('adds yuan and points apart, rewards and penalties apart', () => {
		expect(
			ledgerTotals([
				line('reward', 300, 'yuan'),
				line('penalty', 500, 'yuan'),
				line('penalty', 200.5, 'yuan'),
				line('penalty', 2, 'points')
			])
		).toEqual({ rewardYuan: 300, rewardPoints: 0, penaltyYuan: 700.5, penaltyPoints: 2 });
	});
});

describe('the 考核 page', () => {
	it('is a nav page with its tabs at their paths', () => {
		expect(NAV_PAGES).toContain('assessment');
		for (const tab of ASSESSMENT_TABS) expect(matchRoute(tab.path)).toEqual({ name: tab.route });
		expect(ASSESSMENT_TABS.map((tab) => tZh(tab.label))).toEqual([
			'排名',
			'红黑榜',
			'奖惩台账',
			'迎检准备',
			'卫生单位'
		]);
	});
});

describe('the road map', () => {
	it('colours 90 and over green, 80 to 90 amber, under 80 red, not inspected grey', () => {
		expect(scoreColour(90)).toEqual([29, 140, 60, 255]);
		expect(scoreColour(89.99)).toEqual([230, 160, 20, 255]);
		expect(scoreColour(80)).toEqual([230, 160, 20, 255]);
		expect(scoreColour(79.99)).toEqual([200, 30, 30, 255]);
		expect(scoreColour(null)).toEqual([150, 150, 150, 140]);
	});
});
