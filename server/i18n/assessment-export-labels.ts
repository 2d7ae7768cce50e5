/** Headers and values of the 环卫考核 ranking and ledger exports (issue 16 lane C), zh-CN first. */
import type { ScoreDimension } from '../contract/assessment-scores';
import type { ExportLang } from './export-labels';

const zh = {
	rank: '排名',
	key: '编号',
	name: '名称',
	score: '平均分',
	inspections: '检查次数',
	deductions: '扣分处数',
	min: '最低分',
	lastYear: '去年同期平均分',
	change: '同比变化',
	period: '考核期',
	month: '月份',
	target: '考核对象',
	targetName: '对象名称',
	rule: '奖惩规则',
	kind: '奖惩',
	amount: '金额或分值',
	unit: '单位',
	status: '状态',
	settled: '已结算',
	preview: '未结算（预览）',
	reward: '奖励',
	penalty: '处罚',
	yuan: '元',
	points: '分',
	cleaning_unit: '保洁单位',
	community: '村居',
	scoresSheet: '考核排名',
	ledgerSheet: '奖惩台账',
	dimensions: {
		section: '路段',
		road: '道路',
		unit: '保洁单位',
		community: '村居',
		group: '重点路段组'
	} satisfies Record<ScoreDimension, string>
};

const en: typeof zh = {
	rank: 'Rank',
	key: 'Key',
	name: 'Name',
	score: 'Mean score',
	inspections: 'Inspections',
	deductions: 'Deductions',
	min: 'Lowest score',
	lastYear: 'Same period last year',
	change: 'Change',
	period: 'Period',
	month: 'Month',
	target: 'Assessed',
	targetName: 'Name',
	rule: 'Rule',
	kind: 'Reward or penalty',
	amount: 'Amount',
	unit: 'Unit',
	status: 'Status',
	settled: 'Settled',
	preview: 'Not settled (preview)',
	reward: 'Reward',
	penalty: 'Penalty',
	yuan: 'yuan',
	points: 'points',
	cleaning_unit: 'Cleaning unit',
	community: 'Village/community',
	scoresSheet: 'Assessment ranking',
	ledgerSheet: 'Rewards and penalties',
	dimensions: {
		section: 'Sections',
		road: 'Roads',
		unit: 'Cleaning units',
		community: 'Villages',
		group: 'Key groups'
	}
};

export const ASSESSMENT_EXPORT_LABELS: Record<ExportLang, typeof zh> = { 'zh-CN': zh, en };
export type AssessmentExportLabels = typeof zh;
