import { describe, expect, it } from 'vitest';
import { Locale } from '../../../web/src/i18n';
import { formatRpi, VERDICT_TONES, verdictText } from '../../../web/src/components/verdict-chip';

describe('verdict chip', () => {
	it.each([
		['effective', '有效', 'Effective', 'good'],
		['partial', '部分有效', 'Partly effective', 'mid'],
		['no_effect', '无明显效果', 'No clear effect', 'bad'],
		['insufficient_data', '数据不足', 'Insufficient data', 'unknown']
	] as const)('%s reads %s / %s in tone %s', (verdict, zh, en, tone) => {
		const locale = new Locale();
		expect(verdictText(verdict, locale.t)).toBe(zh);
		locale.lang = 'en';
		expect(verdictText(verdict, locale.t)).toBe(en);
		expect(VERDICT_TONES[verdict]).toBe(tone);
	});

	it('prints RPI to one decimal and a dash when missing', () => {
		expect(formatRpi(12.345)).toBe('12.3');
		expect(formatRpi(null)).toBe('—');
	});
});
