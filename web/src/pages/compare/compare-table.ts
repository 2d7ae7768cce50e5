import type { CompareUnit, LevelChange } from '../../api/comparison';
import type { MessageKey } from '../../i18n';
import { levelKey, type LevelKey } from '../../map/colors';

export const COMPARE_SORT_KEYS = ['name', 'a', 'b', 'delta', 'deltaPct', 'levelChange'] as const;
export type CompareSortKey = (typeof COMPARE_SORT_KEYS)[number];

/** Worsened first when sorting by level change ascending: what a leader looks at first. */
const CHANGE_ORDER: Record<NonNullable<LevelChange> | 'none', number> = {
	worsened: 0,
	unchanged: 1,
	improved: 2,
	none: 3
};

function sortValue(u: CompareUnit, key: CompareSortKey): number | string | null {
	switch (key) {
		case 'name':
			return u.name;
		case 'a':
			return u.a.value;
		case 'b':
			return u.b.value;
		case 'levelChange':
			return CHANGE_ORDER[u.levelChange ?? 'none'];
		default:
			return u[key];
	}
}

/** A sorted copy; units without a value sort last in either direction. */
export function sortCompareUnits(
	units: readonly CompareUnit[],
	key: CompareSortKey,
	dir: 'asc' | 'desc'
): CompareUnit[] {
	const sign = dir === 'asc' ? 1 : -1;
	return [...units].sort((x, y) => {
		const a = sortValue(x, key);
		const b = sortValue(y, key);
		if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
		const c = typeof a === 'string' ? a.localeCompare(String(b), 'zh-CN') : a - (b as number);
		return c * sign || x.id.localeCompare(y.id);
	});
}

/** Traffic light of a row: green improved, red worsened, grey unchanged or ungraded. */
export function changeClass(change: LevelChange): 'improved' | 'worsened' | 'unchanged' | 'none' {
	return change ?? 'none';
}

/** A number to two decimals, a percentage with its sign, or an em dash. */
export function formatNumber(value: number | null, signed = false): string {
	if (value === null || !Number.isFinite(value)) return '—';
	const text = value.toFixed(2);
	return signed && value > 0 ? `+${text}` : text;
}

/**
 * The badge beside a method's value: that method's own level (not the pest's worst), and
 * "not graded" for a method the standards give no limits, which is not "no data".
 */
export function sideBadge(side: CompareUnit['a']): { level: LevelKey; label: MessageKey } {
	if (side.methodLevel === null && side.methodNote === 'not_graded') {
		return { level: 'none', label: 'level.notGraded' };
	}
	return { level: levelKey(side.methodLevel), label: `level.${levelKey(side.methodLevel)}` };
}

/**
 * Whether the method in view has no control levels (the standards grade it not at all): the
 * table says so, and the maps' legend shows one grey "not graded" instead of A…不达标.
 */
export function methodNotGraded(units: readonly CompareUnit[]): boolean {
	return units.some((u) => u.a.methodNote === 'not_graded' || u.b.methodNote === 'not_graded');
}
