import { describe, expect, it } from 'vitest';
import { EXPORT_LABELS } from '../../../server/i18n/export-labels';

describe('export headers use the screen’s words (issue 11 item 8)', () => {
	const zh = EXPORT_LABELS['zh-CN'];

	it('names places, stops and cells as the dashboard does', () => {
		const all = Object.values(zh).join('|');
		expect(all).not.toMatch(/兴趣点|停靠点|H3/);
		expect(zh.poisSheet).toBe('重点场所');
		expect(zh.stopId).toBe('作业点编号');
		expect(zh.h3).toBe('六边形格');
		expect(zh.compareSheet).toBe('同比分析');
		expect(zh.blindspotsSheet).toBe('环境卫生问题');
		expect(zh.responsible).toBe('责任人/责任单位');
	});
});
