import { describe, expect, it } from 'vitest';
import { presetLabel } from '../../../web/src/components/period-label';
import { Locale } from '../../../web/src/i18n';
import { DENSITY_PERIODS } from '../../../web/src/state/density-period';

describe('presetLabel', () => {
	it('names the year once the data’s last date is known', () => {
		const { t } = new Locale();
		expect(presetLabel('thisYear', '2025-12-31', t)).toBe('今年（2025 年）');
		expect(presetLabel('summer', '2025-05-31', t)).toBe('2024 年夏季（6–8 月）');
	});
	it('shows no template text on an empty install, in either language', () => {
		for (const lang of ['zh-CN', 'en'] as const) {
			const locale = new Locale();
			locale.lang = lang;
			for (const period of DENSITY_PERIODS) {
				expect(presetLabel(period, null, locale.t)).not.toMatch(/[{}]/);
			}
		}
		expect(presetLabel('thisYear', null, new Locale().t)).toBe('今年');
	});
});
