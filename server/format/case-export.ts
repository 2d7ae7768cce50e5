/**
 * `GET /api/cases/export` (issue 14 item 4): the case list as CSV or XLSX, headers and codes
 * in the reader's language (Chinese unless `lang=en`), overdue as of the request.
 */
import { CASE_STATUS_NAMES } from '../contract/case-states';
import { CASE_SOURCE_NAMES } from '../contract/case-sources';
import type { CaseView } from '../contract/cases';
import type { ExportColumn } from './table-export';

type Lang = 'zh-CN' | 'en';

const HEADERS: Record<Lang, Record<string, string>> = {
	'zh-CN': {
		id: '案件编号',
		category: '类别',
		description: '问题描述',
		status: '状态',
		source: '来源',
		priority: '紧急程度',
		reported_at: '上报时间',
		deadline: '处置期限',
		overdue: '是否超期',
		overdue_days: '超期天数',
		assignee: '处置人',
		assignee_unit: '处置单位',
		zone: '社区/村',
		grid: '网格',
		rework_count: '返工次数',
		escalations: '督办次数',
		closed_at: '结案时间',
		lng: '经度',
		lat: '纬度',
		sheet: '整改案件',
		yes: '是',
		no: '否',
		normal: '一般',
		urgent: '紧急'
	},
	en: {
		id: 'Case',
		category: 'Category',
		description: 'Description',
		status: 'Status',
		source: 'Source',
		priority: 'Priority',
		reported_at: 'Reported at',
		deadline: 'Deadline',
		overdue: 'Overdue',
		overdue_days: 'Days overdue',
		assignee: 'Assignee',
		assignee_unit: 'Unit',
		zone: 'Community/village',
		grid: 'Grid',
		rework_count: 'Reworks',
		escalations: 'Escalations',
		closed_at: 'Closed at',
		lng: 'Longitude',
		lat: 'Latitude',
		sheet: 'Cases',
		yes: 'yes',
		no: 'no',
		normal: 'normal',
		urgent: 'urgent'
	}
};

/** Category names by code, from the catalogue, in the reader's language. */
export type CategoryNames = ReadonlyMap<string, string>;

export function caseExportColumns(lang: Lang, categories: CategoryNames): ExportColumn<CaseView>[] {
	const h = HEADERS[lang];
	const named = (names: { zh: string; en: string }) => (lang === 'en' ? names.en : names.zh);
	const time = (t: string | null) => (t ? t.replace('T', ' ') : null);
	return [
		{ header: h.id, value: (c) => c.id },
		{ header: h.category, value: (c) => categories.get(c.category) ?? c.category },
		{ header: h.description, value: (c) => c.description },
		{ header: h.status, value: (c) => named(CASE_STATUS_NAMES[c.status]) },
		{ header: h.source, value: (c) => named(CASE_SOURCE_NAMES[c.source]) },
		{ header: h.priority, value: (c) => h[c.priority] },
		{ header: h.reported_at, value: (c) => time(c.reported_at) },
		{ header: h.deadline, value: (c) => time(c.deadline) },
		{ header: h.overdue, value: (c) => (c.overdue ? h.yes : h.no) },
		{ header: h.overdue_days, value: (c) => c.overdue_days },
		{ header: h.assignee, value: (c) => c.assignee },
		{ header: h.assignee_unit, value: (c) => c.assignee_unit },
		{ header: h.zone, value: (c) => c.zone },
		{ header: h.grid, value: (c) => c.grid },
		{ header: h.rework_count, value: (c) => c.rework_count },
		{ header: h.escalations, value: (c) => c.escalations },
		{ header: h.closed_at, value: (c) => time(c.closed_at) },
		{ header: h.lng, value: (c) => c.lng, numberFormat: '0.000000' },
		{ header: h.lat, value: (c) => c.lat, numberFormat: '0.000000' }
	];
}

export const caseExportSheet = (lang: Lang) => HEADERS[lang].sheet;
