import { describe, expect, it } from 'vitest';
import {
	binLabel,
	describeHotspotCell,
	formatReasonChip,
	roadSectionName,
	priorityPlace
} from '../../../web/src/components/describe-hotspot';
import { roadRankingRows } from '../../../web/src/components/road-ranking-rows';
import { effectiveRoadTab } from '../../../web/src/state/road-tab';
import type { RoadRankingCollection } from '../../../web/src/api/hotspot-query';
import { Locale } from '../../../web/src/i18n';

function context(lang: 'zh-CN' | 'en') {
	const locale = new Locale();
	locale.lang = lang;
	return { t: locale.t, lang };
}
const zh = context('zh-CN');
const en = context('en');

describe('bin labels', () => {
	it.each([
		[3, '99 % 热点', 'Hot 99 %'],
		[1, '90 % 热点', 'Hot 90 %'],
		[0, '不显著', 'Not significant'],
		[-2, '95 % 冷点', 'Cold 95 %']
	])('bin %i', (bin, zhLabel, enLabel) => {
		expect(binLabel(bin, zh.t)).toBe(zhLabel);
		expect(binLabel(bin, en.t)).toBe(enLabel);
	});
});

describe('describeHotspotCell', () => {
	const hot = { h3: '89411d7a83bffff', value: 8, z: 3.4567, p: 0.000547, bin: 3 };

	it('names the community the cell lies in, not its H3 id; the id only outside every zone', () => {
		expect(describeHotspotCell({ ...hot, name: '沙头村 #2' }, 'blindspots', zh).subtitle).toBe(
			'沙头村 #2'
		);
		expect(describeHotspotCell({ ...hot, name: hot.h3 }, 'blindspots', en).subtitle).toBe(
			'Hexagon cell 89411d7a83bffff'
		);
	});

	it('gives value, z, p and confidence in Chinese', () => {
		const d = describeHotspotCell(hot, 'blindspots', zh);
		expect(d.title).toBe('99 % 热点');
		expect(d.subtitle).toBe('六边形格 89411d7a83bffff');
		expect(d.rows).toEqual([
			{ label: '报告数', value: '8' },
			{ label: 'z 值', value: '3.46' },
			{ label: 'p 值', value: '< 0.001' },
			{ label: '置信度', value: '99 %' }
		]);
	});

	it('explains a hot cell with no reports by its neighbours', () => {
		const d = describeHotspotCell({ ...hot, value: 0 }, 'blindspots', zh);
		expect(d.title).toBe('99 % 热点');
		expect(d.rows.slice(0, 2)).toEqual([
			{ label: '报告数', value: '0' },
			{ label: '说明', value: '本格没有上报；是周边相邻格的上报多，使它所在片区成为热点' }
		]);
		expect(describeHotspotCell({ ...hot, value: 0 }, 'blindspots', en).rows[1].value).toContain(
			'neighbours'
		);
		// A cold or non-significant empty cell needs no such note.
		expect(describeHotspotCell({ ...hot, value: 0, bin: 0 }, 'blindspots', zh).rows).toHaveLength(
			4
		);
	});

	it('names the pest index and a non-significant cell in English', () => {
		const d = describeHotspotCell(
			{ h3: 'x', value: 1.25, z: -0.44, p: 0.6598, bin: 0 },
			'pest',
			en
		);
		expect(d.rows.map((r) => `${r.label}: ${r.value}`)).toEqual([
			'Density index: 1.25',
			'z-score: -0.44',
			'p-value: 0.66',
			'Confidence: Not significant'
		]);
	});

	it('says why a cell has no z', () => {
		const d = describeHotspotCell(
			{ h3: 'x', value: 0, z: null, p: null, bin: 0, reason: 'zero_variance' },
			'open',
			zh
		);
		expect(d.rows.map((r) => r.value)).toEqual(['0', '—', '—', '不显著', '各格数值相同，无法检验']);
	});
});

describe('formatReasonChip', () => {
	it.each([
		[{ code: 'hotspot', value: 3, points: 30 }, '热点 99 %', 'Hot spot 99 %'],
		[{ code: 'recent_reports', value: 3, points: 15 }, '近30天 3 起', '3 in last 30 days'],
		[{ code: 'recurrence', value: 4, points: 9 }, '重复 4 次', 'Repeated 4×'],
		[{ code: 'overdue_open', value: 2, points: 16 }, '逾期未结 2 件', '2 overdue open'],
		[{ code: 'pest_level', value: 'FAIL', points: 11 }, '不达标 区域', 'Pests: Fail'],
		[{ code: 'pest_level', value: 'C', points: 4 }, 'C 级 区域', 'Pests: Level C']
	] as const)('%j', (reason, zhChip, enChip) => {
		expect(formatReasonChip(reason, zh.t)).toBe(zhChip);
		expect(formatReasonChip(reason, en.t)).toBe(enChip);
	});
});

describe('priorityPlace', () => {
	it('joins zone and road, or says the place is outside any zone', () => {
		expect(priorityPlace({ zoneName: '沙头村', roadName: '沙头路' }, zh.t)).toBe('沙头村 · 沙头路');
		expect(priorityPlace({ zoneName: null, roadName: '沙头路' }, zh.t)).toBe('沙头路');
		expect(priorityPlace({ zoneName: null, roadName: null }, en.t)).toBe('Outside any zone');
	});
});

describe('roadRankingRows', () => {
	const row = (rank: number, keyGroup: string | null) => ({
		type: 'Feature' as const,
		geometry: { type: 'LineString' as const, coordinates: [] },
		properties: {
			rank,
			id: `s${rank}`,
			name: 'x',
			roadId: 'r',
			from: null,
			to: null,
			grade: 1,
			keyGroup,
			lengthM: 100,
			reports: 10 - rank,
			per100m: 10 - rank,
			openCases: 0,
			maxRecurrence: 0
		}
	});
	const roads: RoadRankingCollection = {
		type: 'FeatureCollection',
		features: [row(3, '十路一区'), row(1, '十路一区'), row(2, null)]
	};

	it('lists all segments worst first', () => {
		expect(roadRankingRows(roads, null).map((r) => r.id)).toEqual(['s1', 's2', 's3']);
	});

	it('re-ranks the key-road segments within their group', () => {
		const rows = roadRankingRows(roads, '十路一区');
		expect(rows.map((r) => [r.id, r.rank])).toEqual([
			['s1', 1],
			['s3', 2]
		]);
	});

	it('is empty before data', () => {
		expect(roadRankingRows(null, '十路一区')).toEqual([]);
	});

	it('opens on the first group, keeps a chosen tab while its group exists', () => {
		expect(effectiveRoadTab(null, ['城区主干道', '村街主干道'])).toBe('城区主干道');
		expect(effectiveRoadTab(null, [])).toBeNull();
		expect(effectiveRoadTab({ tab: '村街主干道' }, ['城区主干道', '村街主干道'])).toBe(
			'村街主干道'
		);
		expect(effectiveRoadTab({ tab: null }, ['城区主干道'])).toBeNull();
		// A renamed group: the old name's tab falls back to the first group.
		expect(effectiveRoadTab({ tab: '十路一区' }, ['城区主干道'])).toBe('城区主干道');
	});
});

describe('roadSectionName', () => {
	const { t } = new Locale();
	it('names a section by the cross streets at its ends', () => {
		expect(roadSectionName({ name: '中山路', from: '解放路', to: '人民路' }, t)).toBe(
			'中山路（解放路—人民路）'
		);
		expect(roadSectionName({ name: '中山路', from: null, to: '建设路' }, t)).toBe(
			'中山路（尽头—建设路）'
		);
		expect(roadSectionName({ name: '小巷', from: null, to: null }, t)).toBe('小巷');
	});
});
