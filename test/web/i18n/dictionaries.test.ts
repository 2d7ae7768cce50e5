import { describe, expect, it } from 'vitest';
import { en } from '../../../web/src/i18n/en';
import { translate } from '../../../web/src/i18n/translate';
import { zhCN } from '../../../web/src/i18n/zh-cn';

describe('dictionaries', () => {
	it('has every Chinese key in English, and no extra ones', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
	});

	it('leaves no English value empty or untranslated Chinese (except language names)', () => {
		for (const [key, value] of Object.entries(en)) {
			expect(value, key).not.toBe('');
			if (key !== 'lang.zh-CN' && key !== 'app.synthetic' && key !== 'layer.keyRoads') {
				expect(value, key).not.toMatch(/[\u4e00-\u9fff]/);
			}
		}
	});

	it('uses the same placeholders in both languages', () => {
		const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
			expect(names(en[key]), key).toEqual(names(zhCN[key]));
		}
	});
});

describe('translate', () => {
	it('fills placeholders', () => {
		expect(translate(zhCN, 'unit.meters', { n: 12 })).toBe('12 米');
		expect(translate(en, 'error.layer', { layer: 'Roads', message: 'timeout' })).toBe(
			'Layer “Roads” failed to load: timeout'
		);
	});

	it('shows an unknown key (a new server code) as itself', () => {
		expect(translate(en, 'status.lost' as 'status.closed')).toBe('status.lost');
	});
});
