import { describe, expect, it } from 'vitest';
import { Locale } from '../../../web/src/i18n';
import { describeFeature, zoneNamesOf } from '../../../web/src/components/describe-feature';
import type { PickedFeature } from '../../../web/src/state/selection.svelte';
import {
	createBlindSpot,
	createCatalogues,
	createRoad,
	createSurvey,
	createZone
} from '../fixtures';

function context(lang: 'zh-CN' | 'en') {
	const locale = new Locale();
	locale.lang = lang;
	return {
		t: locale.t,
		lang,
		catalogues: createCatalogues(),
		zoneNames: zoneNamesOf([createZone('c-1', 'community', undefined, '安澜社区')])
	};
}

const pick = (f: { properties: object; geometry: unknown }, layer: string) =>
	({ layer, properties: f.properties, geometry: f.geometry, x: 0, y: 0 }) as PickedFeature;

describe('describeFeature', () => {
	it('names a blind spot by its catalogue category and localises labels and status', () => {
		const zh = describeFeature(pick(createBlindSpot(), 'blindspots'), context('zh-CN'));
		expect(zh.title).toBe('暴露垃圾');
		expect(zh.rows).toContainEqual({ label: '状态', value: '已上报' });
		expect(zh.rows).toContainEqual({ label: '所属区域', value: '安澜社区' });
		expect(zh.rows).toContainEqual({ label: '距最近道路', value: '12 米' });
		const en = describeFeature(pick(createBlindSpot(), 'blindspots'), context('en'));
		expect(en.title).toBe('Exposed garbage');
		expect(en.rows).toContainEqual({ label: 'Status', value: 'Reported' });
	});

	it('formats dates without shifting them by the browser time zone', () => {
		const zh = describeFeature(pick(createBlindSpot(), 'blindspots'), context('zh-CN'));
		expect(zh.rows.find((r) => r.label === '上报时间')?.value).toBe('2024/05/03 09:30');
		const en = describeFeature(pick(createBlindSpot(), 'blindspots'), context('en'));
		expect(en.rows.find((r) => r.label === 'Reported')?.value).toBe('03 May 2024, 09:30');
	});

	it('flags an open case past its deadline at the top and in its rows (issue 11 item 5)', () => {
		const late = createBlindSpot({
			status: 'processing',
			deadline: '2024-07-26T14:21:00',
			overdue: true,
			overdueDays: 518
		});
		const zh = describeFeature(pick(late, 'blindspots'), context('zh-CN'));
		expect(zh.subtitle).toBe('环境卫生问题 · 处置中 · 已超期 518 天');
		expect(zh.rows).toContainEqual({ label: '是否超期', value: '已超期 518 天' });
		const en = describeFeature(pick(late, 'blindspots'), context('en'));
		expect(en.rows).toContainEqual({ label: 'Deadline', value: 'Overdue by 518 days' });
		const closed = (overdue: boolean) =>
			describeFeature(
				pick(
					createBlindSpot({
						status: 'closed',
						deadline: '2024-06-03T10:00:00',
						overdue,
						overdueDays: overdue ? 1 : null
					}),
					'blindspots'
				),
				context('zh-CN')
			).rows.find((r) => r.label === '是否超期')?.value;
		expect([closed(true), closed(false)]).toEqual(['超期 1 天结案', '按期结案']);
	});

	it('leaves out empty values', () => {
		const { rows } = describeFeature(pick(createBlindSpot(), 'blindspots'), context('zh-CN'));
		expect(rows.map((r) => r.label)).not.toContain('结案时间');
	});

	it('computes a survey index as count / effort × multiplier, with the method unit', () => {
		const d = describeFeature(pick(createSurvey(), 'surveys'), context('zh-CN'));
		expect(d.title).toBe('蚊 · 诱蚊灯');
		expect(d.rows[0]).toEqual({ label: '密度指数', value: '3 只/灯·夜' });
		const zero = describeFeature(pick(createSurvey({ effort: 0 }), 'surveys'), context('zh-CN'));
		expect(zero.rows.map((r) => r.label)).not.toContain('密度指数');
	});

	it('describes roads with grade and length', () => {
		const d = describeFeature(
			pick(createRoad('r1', { keyGroup: '十路一区' }), 'roads'),
			context('en')
		);
		expect(d.subtitle).toBe('Key road');
		expect(d.rows).toContainEqual({ label: 'Road grade', value: 'Grade 2' });
		expect(d.rows).toContainEqual({ label: 'Length', value: '2,000 m' });
	});
});
