import { CASE_SOURCES, type CaseSource } from '../../../../server/contract/case-sources';
import {
	CASE_ESCALATION_FILTERS,
	CASE_STATUSES,
	type CaseEscalationFilter,
	type CaseStatus
} from '../../../../server/contract/case-states';
import type { ParamValues } from '../../state/page-url';

/** Columns the list sorts by, each as the API's `sort` names it (a `-` prefix is descending). */
export const SORT_COLUMNS = [
	'id',
	'category',
	'zone',
	'status',
	'reported_at',
	'deadline'
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export const DEFAULT_SORT = '-reported_at';
export const PAGE_SIZE = 50;

/** The list's filters, sort and page: what `/cases?…` holds, so a link shows the same list. */
export interface CaseListState {
	status: CaseStatus[];
	category: string;
	zone: string;
	assignee: string;
	source: CaseSource | '';
	overdue: boolean;
	/** 督办 / 已移交城管 (either when both). */
	escalated: CaseEscalationFilter[];
	from: string;
	to: string;
	sort: string;
	offset: number;
}

export const EMPTY_LIST: CaseListState = {
	status: [],
	category: '',
	zone: '',
	assignee: '',
	source: '',
	overdue: false,
	escalated: [],
	from: '',
	to: '',
	sort: DEFAULT_SORT,
	offset: 0
};

export const LIST_KEYS = [
	'status',
	'category',
	'zone',
	'assignee',
	'source',
	'overdue',
	'escalated',
	'from',
	'to',
	'sort',
	'offset'
] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The API's `sort` values (contract/cases.ts CASE_SORTS): only the times also sort descending. */
const TWO_WAY: readonly SortColumn[] = ['reported_at', 'deadline'];
const SORTS: readonly string[] = [...SORT_COLUMNS, ...TWO_WAY.map((c) => `-${c}`)];

/** The state as URL parameters: only what differs from the empty list. */
export function listToParams(s: CaseListState): ParamValues {
	return {
		status: s.status.length ? s.status.join(',') : null,
		category: s.category || null,
		zone: s.zone || null,
		assignee: s.assignee || null,
		source: s.source || null,
		overdue: s.overdue ? 'true' : null,
		escalated: s.escalated.length ? s.escalated.join(',') : null,
		from: s.from || null,
		to: s.to || null,
		sort: s.sort !== DEFAULT_SORT ? s.sort : null,
		offset: s.offset > 0 ? String(s.offset) : null
	};
}

/** The state a URL names; anything malformed is left at its default. */
export function listFromParams(p: URLSearchParams): CaseListState {
	const status = (p.get('status') ?? '')
		.split(',')
		.filter((x): x is CaseStatus => (CASE_STATUSES as readonly string[]).includes(x));
	const escalated = (p.get('escalated') ?? '')
		.split(',')
		.filter((x): x is CaseEscalationFilter =>
			(CASE_ESCALATION_FILTERS as readonly string[]).includes(x)
		);
	const source = p.get('source') ?? '';
	const sort = p.get('sort') ?? '';
	const offset = Number(p.get('offset'));
	const date = (key: string) => {
		const v = p.get(key) ?? '';
		return DATE.test(v) ? v : '';
	};
	return {
		status: [...new Set(status)],
		category: p.get('category') ?? '',
		zone: p.get('zone') ?? '',
		assignee: p.get('assignee') ?? '',
		source: (CASE_SOURCES as readonly string[]).includes(source) ? (source as CaseSource) : '',
		overdue: p.get('overdue') === 'true',
		escalated: [...new Set(escalated)],
		from: date('from'),
		to: date('to'),
		sort: SORTS.includes(sort) ? sort : DEFAULT_SORT,
		offset: Number.isInteger(offset) && offset > 0 ? offset : 0
	};
}

/** The filters alone as the API reads them (the list, the export, the URL share them). */
function filterParams(s: CaseListState): URLSearchParams {
	const q = new URLSearchParams();
	const params = listToParams(s);
	for (const key of LIST_KEYS) {
		if (key === 'sort' || key === 'offset') continue;
		const value = params[key];
		if (value) q.set(key, value);
	}
	q.set('sort', s.sort);
	return q;
}

const readable = (q: URLSearchParams) => q.toString().replace(/%2C/g, ',');

/** `GET /api/cases?…` for one page of the list. */
export function casesQuery(s: CaseListState, pageSize = PAGE_SIZE): string {
	const q = filterParams(s);
	q.set('limit', String(pageSize));
	q.set('offset', String(s.offset));
	return readable(q);
}

/** The export link: the same filters and sort, in the UI's language. */
export function exportUrl(s: CaseListState, format: 'csv' | 'xlsx', lang: string): string {
	const q = filterParams(s);
	q.set('format', format);
	q.set('lang', lang);
	return `/api/cases/export?${readable(q)}`;
}

/** The sort after a click on `column`'s header: ascending first, again to descend (times only). */
export function nextSort(current: string, column: SortColumn): string {
	return current === column && TWO_WAY.includes(column) ? `-${column}` : column;
}

/** `aria-sort` of a column header. */
export function ariaSort(current: string, column: SortColumn): 'ascending' | 'descending' | 'none' {
	if (current === column) return 'ascending';
	if (current === `-${column}`) return 'descending';
	return 'none';
}
