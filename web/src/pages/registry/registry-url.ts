import {
	RESPONSIBILITY_TARGETS,
	type ResponsibilityTarget,
	type ResponsibilityView
} from '../../../../server/contract/responsibility';
import type { ParamValues } from '../../state/page-url';

/** Columns the registry table sorts by (a `-` prefix is descending). */
export const REGISTRY_SORTS = ['kind', 'target', 'person', 'unit', 'signed', 'term_to'] as const;
export type RegistrySortColumn = (typeof REGISTRY_SORTS)[number];
export const DEFAULT_REGISTRY_SORT = 'kind';

/** What `/registry?…` holds: filters, sort, and the place whose edit dialog is open. */
export interface RegistryListState {
	kind: ResponsibilityTarget | '';
	zone: string;
	person: string;
	sort: string;
	/** `kind` + `target` of a place to edit (the map's "修改责任人" link). */
	editKind: ResponsibilityTarget | '';
	editTarget: string;
}

export const EMPTY_REGISTRY: RegistryListState = {
	kind: '',
	zone: '',
	person: '',
	sort: DEFAULT_REGISTRY_SORT,
	editKind: '',
	editTarget: ''
};

/** URL keys the page owns. The edit link reuses `kind` for the place's kind with `target`. */
export const REGISTRY_KEYS = ['kind', 'zone', 'person', 'sort', 'target'] as const;

const SORTS: readonly string[] = [...REGISTRY_SORTS, ...REGISTRY_SORTS.map((c) => `-${c}`)];
const isKind = (v: string): v is ResponsibilityTarget =>
	(RESPONSIBILITY_TARGETS as readonly string[]).includes(v);

export function registryToParams(s: RegistryListState): ParamValues {
	return {
		kind: s.editTarget ? s.editKind || null : s.kind || null,
		zone: s.zone || null,
		person: s.person.trim() || null,
		sort: s.sort !== DEFAULT_REGISTRY_SORT ? s.sort : null,
		target: s.editTarget || null
	};
}

/**
 * The state a URL names; anything malformed is left at its default. `?kind=zone&target=G1`
 * (the map's link) opens the dialog of that place; the list then shows that kind.
 */
export function registryFromParams(p: URLSearchParams): RegistryListState {
	const kind = p.get('kind') ?? '';
	const sort = p.get('sort') ?? '';
	const target = (p.get('target') ?? '').trim().slice(0, 200);
	return {
		kind: isKind(kind) ? kind : '',
		zone: (p.get('zone') ?? '').slice(0, 200),
		person: (p.get('person') ?? '').slice(0, 100),
		sort: SORTS.includes(sort) ? sort : DEFAULT_REGISTRY_SORT,
		editKind: target && isKind(kind) ? kind : '',
		editTarget: target && isKind(kind) ? target : ''
	};
}

/** `GET /api/responsibilities?…` for the filters (sorting is the page's own). */
export function registryQuery(s: RegistryListState): string {
	const q = new URLSearchParams();
	if (s.kind) q.set('kind', s.kind);
	if (s.zone) q.set('zone', s.zone);
	if (s.person.trim()) q.set('person', s.person.trim());
	return q.toString();
}

/** The sort after a click on a header: ascending first, a second click descends. */
export function nextRegistrySort(current: string, column: RegistrySortColumn): string {
	return current === column ? `-${column}` : column;
}

export function registryAriaSort(
	current: string,
	column: RegistrySortColumn
): 'ascending' | 'descending' | 'none' {
	if (current === column) return 'ascending';
	if (current === `-${column}`) return 'descending';
	return 'none';
}

const KIND_ORDER: Record<ResponsibilityTarget, number> = {
	zone: 0,
	road: 1,
	segment: 2,
	frontage: 3
};

function key(r: ResponsibilityView, column: RegistrySortColumn): string | number | null {
	switch (column) {
		case 'kind':
			return KIND_ORDER[r.targetKind];
		case 'target':
			return r.targetName ?? r.targetId;
		case 'person':
			return r.person ?? r.username;
		case 'unit':
			return r.unit;
		case 'signed':
			return r.signedOn;
		case 'term_to':
			return r.termTo;
	}
}

/**
 * The rows in the sort's order; empty values go last either way, ties keep the place's name
 * order. Chinese text compares by pinyin (zh-CN collation).
 */
export function sortRegistry(
	rows: readonly ResponsibilityView[],
	sort: string
): ResponsibilityView[] {
	const desc = sort.startsWith('-');
	const column = (desc ? sort.slice(1) : sort) as RegistrySortColumn;
	const name = (r: ResponsibilityView) => r.targetName ?? r.targetId;
	return [...rows].sort((a, b) => {
		const x = key(a, column);
		const y = key(b, column);
		const xe = x === null || x === '';
		const ye = y === null || y === '';
		if (xe !== ye) return xe ? 1 : -1;
		let c = 0;
		if (!xe && !ye) {
			c =
				typeof x === 'number' && typeof y === 'number'
					? x - y
					: String(x).localeCompare(String(y), 'zh-CN');
			if (desc) c = -c;
		}
		return c || name(a).localeCompare(name(b), 'zh-CN') || a.id - b.id;
	});
}

/** The export link in the UI's language, with the table's filters (registryQuery). */
export function registryExportUrl(lang: string, s: RegistryListState = EMPTY_REGISTRY): string {
	const filters = registryQuery(s);
	return `/api/responsibilities/export?format=xlsx&lang=${encodeURIComponent(lang)}${filters ? `&${filters}` : ''}`;
}
