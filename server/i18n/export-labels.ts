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
	second_value_missing: '缺少第二数量，无法定级',
	roadSheet: '道路垃圾死角排名',
	rank: '排名',
	segmentId: '路段编号',
	roadName: '道路名称',
	roadId: '道路编号',
	grade: '道路等级',
	keyGroup: '重点路段组',
	lengthM: '长度（米）',
	reports: '上报数',
	per100m: '每百米上报数',
	openCases: '未结案数',
	maxRecurrence: '最高重复次数',
	prioritySheet: '整治优先清单',
	h3: 'H3网格',
	score: '优先分',
	zoneName: '所在社区/村',
	lng: '经度',
	lat: '纬度',
	reasons: '入选原因',
	hotspot: '热点置信度',
	recent_reports: '近30天上报',
	recurrence: '重复发生',
	overdue_open: '超期未结案',
	pest_level: '病媒密度控制水平',
	points: '分'
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
	second_value_missing: 'second count missing: cannot grade',
	roadSheet: 'Road blind-spot ranking',
	rank: 'Rank',
	segmentId: 'Segment ID',
	roadName: 'Road',
	roadId: 'Road ID',
	grade: 'Grade',
	keyGroup: 'Key group',
	lengthM: 'Length (m)',
	reports: 'Reports',
	per100m: 'Reports per 100 m',
	openCases: 'Open cases',
	maxRecurrence: 'Max recurrence',
	prioritySheet: 'Rectification priorities',
	h3: 'H3 cell',
	score: 'Score',
	zoneName: 'Community/village',
	lng: 'Longitude',
	lat: 'Latitude',
	reasons: 'Why listed',
	hotspot: 'hot spot bin',
	recent_reports: 'reports in the last 30 days',
	recurrence: 'recurrence',
	overdue_open: 'open and overdue',
	pest_level: 'pest control level',
	points: 'pts'
};

export type ExportLabels = typeof zh;
export const EXPORT_LABELS: Record<ExportLang, ExportLabels> = { 'zh-CN': zh, en };

/** A level as a reader of the export expects it: A/B/C, 不达标, 无数据. */
export function formatLevel(level: string | null, labels: ExportLabels): string {
	if (level === null) return labels.noData;
	return level === 'FAIL' ? labels.fail : level;
}
