import { describe, expect, it } from 'vitest';
import type { ResponsibilityView } from '../../../server/contract/responsibility';
import { Locale } from '../../../web/src/i18n/locale.svelte';
import { responsibleLines, takeFreeText } from '../../../web/src/components/responsible-card';

const registered: ResponsibilityView = {
	id: 7,
	targetKind: 'zone',
	targetId: 'g-01',
	targetName: '一网格',
	person: '王小明',
	username: null,
	phone: '13812345678',
	unit: '城西保洁公司',
	pledgeType: 'target',
	signedOn: '2026-01-05',
	termFrom: '2026-01-01',
	termTo: '2026-12-31',
	targetOnTimePct: 95,
	targetScore: 90,
	scanPhotoId: null,
	validFrom: '2026-01-05 09:00:00',
	validTo: null,
	changedBy: 'planner',
	note: null
};

describe("the map card's 责任人 (issue 15 item 1)", () => {
	const zh = new Locale();
	const card = [
		{ label: '类型', value: '网格' },
		{ label: '责任人/责任单位', value: '老李（旧台账）' },
		{ label: '编号', value: 'g-01' }
	];

	it('takes the old free-text row out of the card', () => {
		expect(takeFreeText(card, zh.t('field.responsible'))).toEqual({
			rows: [card[0], card[2]],
			free: '老李（旧台账）'
		});
	});

	it("names the registry's person, unit and pledge, and drops the old free text", () => {
		const lines = responsibleLines(registered, '老李（旧台账）', zh.t, 'zh-CN');
		expect(lines.map((l) => [l.label, l.value])).toEqual([
			['责任人', '王小明 13812345678'],
			['责任单位', '城西保洁公司'],
			['责任书', '卫生目标责任状 · 2026-01-05 签订 · 责任期 2026-01-01 至 2026-12-31']
		]);
	});

	it('keeps the old free text, labelled 备注责任人, only when no one is registered', () => {
		expect(responsibleLines(null, '老李（旧台账）', zh.t, 'zh-CN')).toEqual([
			{ kind: 'person', label: '责任人', value: '未登记' },
			{ kind: 'note', label: '备注责任人', value: '老李（旧台账）' }
		]);
		expect(responsibleLines(null, null, zh.t, 'zh-CN')).toHaveLength(1);
	});

	it('in English; a unit alone is the responsible', () => {
		const en = new Locale();
		en.lang = 'en';
		const unitOnly = { ...registered, person: null, phone: null, pledgeType: null, termTo: null };
		expect(responsibleLines(unitOnly, 'old', en.t, 'en').map((l) => [l.label, l.value])).toEqual([
			['Responsible', '城西保洁公司'],
			['Pledge', 'signed 2026-01-05']
		]);
	});
});
