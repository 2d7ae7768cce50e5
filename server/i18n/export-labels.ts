/**
 * Words the server writes into files users open (CSV/XLSX headers and values). The web app
 * has its own i18n layer; exports are made here, so their words live here, zh-CN first.
 */
export const EXPORT_LANGS = ['zh-CN', 'en'] as const;
export type ExportLang = (typeof EXPORT_LANGS)[number];

const zh = {
	unitId: '编号',
	unitName: '名称',
	pest: '病媒生物',
	pestLevel: '控制水平',
	method: '监测方法',
	value: '指数',
	indexUnit: '单位',
	value2: '第二指标',
	count: '数量',
	effort: '有效监测量',
	count2: '第二数量',
	indicatorLevel: '指标等级',
	limitC: 'C级限值',
	note: '说明',
	fail: '不达标',
	noData: '无数据',
	rat: '鼠',
	mosquito: '蚊',
	fly: '蝇',
	cockroach: '蟑螂',
	densitySheet: '密度控制水平',
	no_data: '无有效监测量',
	not_graded: '国标未规定控制水平',
	second_value_missing: '缺少第二数量，无法定级'
};

const en: typeof zh = {
	unitId: 'ID',
	unitName: 'Name',
	pest: 'Pest',
	pestLevel: 'Control level',
	method: 'Method',
	value: 'Index',
	indexUnit: 'Unit',
	value2: 'Second value',
	count: 'Count',
	effort: 'Effort',
	count2: 'Count 2',
	indicatorLevel: 'Indicator level',
	limitC: 'Level C limit',
	note: 'Note',
	fail: 'FAIL',
	noData: 'no data',
	rat: 'Rats',
	mosquito: 'Mosquitoes',
	fly: 'Flies',
	cockroach: 'Cockroaches',
	densitySheet: 'Density levels',
	no_data: 'no effective devices or rooms',
	not_graded: 'not graded by the standards',
	second_value_missing: 'second count missing: cannot grade'
};

export type ExportLabels = typeof zh;
export const EXPORT_LABELS: Record<ExportLang, ExportLabels> = { 'zh-CN': zh, en };

/** A level as a reader of the export expects it: A/B/C, 不达标, 无数据. */
export function formatLevel(level: string | null, labels: ExportLabels): string {
	if (level === null) return labels.noData;
	return level === 'FAIL' ? labels.fail : level;
}
