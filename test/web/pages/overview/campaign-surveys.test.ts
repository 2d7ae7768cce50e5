import { describe, expect, it } from 'vitest';
import { Locale } from '../../../../web/src/i18n';
import { campaignSurveysText } from '../../../../web/src/pages/overview/campaign-surveys';

const SURVEYS = { pre: { treated: 14, control: 13 }, post: { treated: 12, control: 11 } };

describe('campaignSurveysText (issue 11 item 16: every RPI shows the surveys behind it)', () => {
	it('says how many surveys the RPI rests on, before and after, treated and control', () => {
		const locale = new Locale();
		expect(campaignSurveysText(SURVEYS, locale.t)).toBe(
			'依据 50 次监测（处理区 14 → 12，对照区 13 → 11）'
		);
		locale.lang = 'en';
		expect(campaignSurveysText(SURVEYS, locale.t)).toBe(
			'from 50 surveys (treated 14 → 12, control 13 → 11)'
		);
	});

	it('says so when a round rests on no survey at all', () => {
		const none = { pre: { treated: 0, control: 0 }, post: { treated: 0, control: 0 } };
		expect(campaignSurveysText(none, new Locale().t)).toBe('没有监测记录，无法评价');
	});
});
