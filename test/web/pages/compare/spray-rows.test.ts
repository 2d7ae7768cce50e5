import { describe, expect, it } from 'vitest';
import type { SprayRound } from '../../../../web/src/api/comparison';
import { Locale } from '../../../../web/src/i18n';
import { surveysText, unjudgedText } from '../../../../web/src/pages/compare/spray-rows';

function translator(lang: 'zh-CN' | 'en') {
	const locale = new Locale();
	locale.lang = lang;
	return locale.t;
}
const side = (value: number | null, surveys: number) => ({ value, count: 0, effort: 0, surveys });

/** 2025 spring mosquito round of the demo town: sprayed before the first light trap. */
const SPRING = {
	campaign: '2025 春季除四害',
	from: '2025-03-25',
	to: '2025-03-27',
	treated: ['c01'],
	controls: ['c02'],
	pre: { window: ['2025-02-08', '2025-03-24'], treated: side(null, 0), control: side(null, 0) },
	post: { window: ['2025-03-28', '2025-05-11'], treated: side(4.74, 29), control: side(10.06, 18) },
	treatedDeclinePct: null,
	controlDeclinePct: null,
	rpi: null,
	verdict: 'insufficient_data',
	unjudged: {
		reason: 'before_first_survey',
		firstSurvey: '2025-04-08',
		window: ['2025-02-08', '2025-03-24'],
		suggestedDays: null
	}
} as SprayRound;

describe('spray round explanations (issue 11 item 16)', () => {
	it('says why a round before the first survey cannot be judged and which window would', () => {
		expect(unjudgedText(SPRING, 45, 45, translator('zh-CN'))).toBe(
			'无法评价：本轮 2025-03-25 开始喷洒，早于当年第一次监测（2025-04-08），喷洒前没有监测数据。要评价，需在 2025-02-08 至 2025-03-24（喷洒前 45 天内）对处理区和对照区都做监测。'
		);
		expect(unjudgedText(SPRING, 45, 45, translator('en'))).toBe(
			'Cannot be judged: spraying began on 2025-03-25, before the first survey of the year (2025-04-08), so there is nothing to compare with. Survey both treated and control zones between 2025-02-08 and 2025-03-24 (the 45 days before spraying) to judge it.'
		);
	});
	it('names the nearest survey when a wider window would take it in', () => {
		const round = {
			...SPRING,
			unjudged: { ...SPRING.unjudged!, reason: 'no_pre_surveys', suggestedDays: 79 }
		} as SprayRound;
		expect(unjudgedText(round, 45, 45, translator('zh-CN'))).toContain(
			'最近的监测在喷洒前 79 天，超出本表的 45 天窗口。'
		);
	});
	it('is empty for a judged round', () => {
		expect(unjudgedText({ ...SPRING, unjudged: null }, 45, 45, translator('zh-CN'))).toBe('');
	});
	it('counts the surveys behind every RPI, before and after, treated and control', () => {
		expect(surveysText(SPRING, translator('zh-CN'))).toBe('监测次数：处理区 0 → 29，对照区 0 → 18');
		expect(surveysText(SPRING, translator('en'))).toBe('Surveys: treated 0 → 29, control 0 → 18');
	});
});
