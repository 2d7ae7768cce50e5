import type {
	FrontageCategory,
	FrontageFeatureProperties,
	LastCheckState
} from '../../../../server/contract/frontage';
import { REPEAT_OFFENCES } from '../../../../server/contract/frontage';

/** The ledger list's filters and sort (issue 15 item 2); empty strings mean "all". */
export interface FrontageListState {
	zone: string;
	category: FrontageCategory | '';
	agreement: 'signed' | 'unsigned' | '';
	last: LastCheckState | '';
	repeat: boolean;
	sort: FrontageSortKey;
	desc: boolean;
}

export const FRONTAGE_SORT_KEYS = [
	'name',
	'category',
	'grid',
	'agreement',
	'lastCheckAt',
	'recentFailures',
	'frontageM'
] as const;
export type FrontageSortKey = (typeof FRONTAGE_SORT_KEYS)[number];

export const EMPTY_FRONTAGE_LIST: FrontageListState = {
	zone: '',
	category: '',
	agreement: '',
	last: '',
	repeat: false,
	sort: 'name',
	desc: false
};

type Unit = FrontageFeatureProperties;

const KEY: Record<FrontageSortKey, (u: Unit) => string | number> = {
	name: (u) => u.name,
	category: (u) => u.category,
	grid: (u) => u.gridName ?? u.gridId ?? '',
	agreement: (u) => (u.agreementSigned ? 1 : 0),
	lastCheckAt: (u) => u.lastCheckAt ?? '',
	recentFailures: (u) => u.recentFailures,
	frontageM: (u) => u.frontageM
};

/** The units the filters keep, sorted (ties by name, then id). */
export function filterFrontage(units: readonly Unit[], s: FrontageListState): Unit[] {
	const kept = units.filter(
		(u) =>
			(!s.zone || u.zoneId === s.zone || u.gridId === s.zone) &&
			(!s.category || u.category === s.category) &&
			(!s.agreement || u.agreementSigned === (s.agreement === 'signed')) &&
			(!s.last || u.lastCheck === s.last) &&
			(!s.repeat || u.recentFailures >= REPEAT_OFFENCES)
	);
	const key = KEY[s.sort];
	const dir = s.desc ? -1 : 1;
	return kept.sort((a, b) => {
		const x = key(a);
		const y = key(b);
		const c =
			typeof x === 'number' && typeof y === 'number'
				? x - y
				: String(x).localeCompare(String(y), 'zh-CN');
		return c * dir || a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id);
	});
}

/** The same filters as the export endpoint's query string. */
export function frontageQuery(s: FrontageListState): string {
	const q = new URLSearchParams();
	if (s.zone) q.set('zone', s.zone);
	if (s.category) q.set('category', s.category);
	if (s.agreement) q.set('agreement', s.agreement);
	if (s.last) q.set('last', s.last);
	if (s.repeat) q.set('repeat', 'true');
	return q.toString();
}

/** Communities and grids the loaded units lie in, for the zone filter, by name. */
export function zoneChoices(units: readonly Unit[]): { id: string; name: string }[] {
	const seen = new Map<string, string>();
	for (const u of units) {
		if (u.zoneId) seen.set(u.zoneId, u.zoneName ?? u.zoneId);
		if (u.gridId) seen.set(u.gridId, `${u.zoneName ?? ''} ${u.gridName ?? u.gridId}`.trim());
	}
	return [...seen]
		.map(([id, name]) => ({ id, name }))
		.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}
