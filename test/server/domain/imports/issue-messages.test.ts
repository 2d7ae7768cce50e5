import { describe, expect, it } from 'vitest';
import { IMPORT_ISSUE_CODES, IMPORT_LANGS } from '../../../../server/contract/import-results';
import { createIssueWording } from '../../../../server/domain/imports/issue-messages';

/** Parameters every code might read, so each template is exercised. */
const PARAMS = {
	field: 'category',
	list: 'status',
	min: 1,
	max: 4,
	firstRow: 2,
	swapped: true,
	crs: 'gcj02',
	area: '113,22.9,113.2,23',
	km: 50,
	type: 'LineString',
	parts: 2,
	pest: 'mosquito',
	method: 'mosquito.light_trap',
	kind: 'blindspots',
	place: 'segment',
	count: 2,
	ids: 'r01-s01, r01-s02'
};
const NAMES = {
	category: [{ code: 'white_litter', nameZh: '白色垃圾', nameEn: 'White litter' }],
	method: [
		{
			code: 'mosquito.light_trap',
			nameZh: '诱蚊灯',
			nameEn: 'Light trap',
			pest: 'mosquito' as const
		}
	]
};

describe('the import message catalogue', () => {
	it.each(IMPORT_LANGS)('words every code in %s without placeholders or field codes', (lang) => {
		const wording = createIssueWording(lang, NAMES, ['类别']);
		for (const code of IMPORT_ISSUE_CODES) {
			const text = wording.rule({ code, params: PARAMS });
			expect(text, code).not.toMatch(/undefined|NaN|\[object|\$\{|<your column>/);
			expect(text.length, code).toBeGreaterThan(2);
			if (lang === 'zh-CN' && code !== 'geometry_not_json') {
				expect(text, code).toMatch(/[\u4e00-\u9fff]/);
			}
		}
	});

	it('puts the cell in front, in the language’s quotes', () => {
		const raw = { row: 2, column: '数量', code: 'not_number' as const, value: '12只' };
		expect(createIssueWording('zh-CN', NAMES, []).issue(raw).message).toBe('“12只”：应为数字');
		expect(createIssueWording('en', NAMES, []).issue(raw).message).toBe('"12只": not a number');
	});

	it('names code lists in the reader’s words: Chinese statuses, English catalogue names', () => {
		const status = { code: 'unknown_code' as const, params: { field: 'status', list: 'status' } };
		expect(createIssueWording('zh-CN', NAMES, []).rule(status)).toBe(
			'状态应为 已上报、已立案、不予立案、已合并、已派遣、处置中、待核查、已结案、已移交城管 之一'
		);
		const method = { code: 'method_unknown_for_pest' as const, params: { pest: 'mosquito' } };
		expect(createIssueWording('zh-CN', NAMES, []).rule(method)).toBe(
			'蚊的监测方法应为 诱蚊灯 之一'
		);
		expect(createIssueWording('en', NAMES, []).rule(method)).toBe(
			'the method for mosquito must be one of Light trap'
		);
	});
});
