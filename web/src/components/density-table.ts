import type { DensityUnitJson, Level } from '../api/density-query';
import { aedesSeverity } from './aedes-risk';

/** `name`, `level`, `aedes` (the BI/MOI risk band) or `method:<code>` (that indicator's value). */
export type DensitySortKey = string;
export interface DensitySort {
	key: DensitySortKey;
	dir: 'asc' | 'desc';
}

/** Worst first when sorting descending: FAIL > C > B > A > no data. */
export const LEVEL_SEVERITY: Record<'A' | 'B' | 'C' | 'FAIL', number> = {
	A: 1,
	B: 2,
	C: 3,
	FAIL: 4
};

export function levelSeverity(level: Level): number {
	return level === null ? 0 : LEVEL_SEVERITY[level];
}

/** The default order: worst level first, the units that need work at the top. */
export const DEFAULT_DENSITY_SORT: DensitySort = Object.freeze({ key: 'level', dir: 'desc' });

/** Clicking a header: the same column flips; a new one starts descending, names ascending. */
export function nextSort(current: DensitySort, key: DensitySortKey): DensitySort {
	if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
	return { key, dir: key === 'name' ? 'asc' : 'desc' };
}

/** Methods that appear in any unit, in catalogue order (unknown codes last, by code). */
export function tableMethods(
	units: readonly DensityUnitJson[],
	catalogueOrder: readonly string[]
): string[] {
	const present = new Set(units.flatMap((u) => u.indicators.map((i) => i.method)));
	const rank = (m: string) => {
		const i = catalogueOrder.indexOf(m);
		return i < 0 ? Infinity : i;
	};
	return [...present].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function valueOf(unit: DensityUnitJson, method: string): number | null {
	return unit.indicators.find((i) => i.method === method)?.value ?? null;
}

/**
 * Sorted copy. Levels sort by severity; indicator values numerically with missing values
 * last in both directions; ties fall back to the name (in the reader's collation).
 */
export function sortDensityUnits(
	units: readonly DensityUnitJson[],
	sort: DensitySort,
	locale: string
): DensityUnitJson[] {
	const sign = sort.dir === 'asc' ? 1 : -1;
	const byName = (a: DensityUnitJson, b: DensityUnitJson) => a.name.localeCompare(b.name, locale);
	const compare = (a: DensityUnitJson, b: DensityUnitJson): number => {
		if (sort.key === 'name') return sign * byName(a, b);
		if (sort.key === 'level') return sign * (levelSeverity(a.level) - levelSeverity(b.level));
		if (sort.key === 'aedes') {
			const [ra, rb] = [aedesSeverity(a.aedesRisk), aedesSeverity(b.aedesRisk)];
			if (ra < 0 || rb < 0) return ra === rb ? 0 : ra < 0 ? 1 : -1;
			return sign * (ra - rb);
		}
		const method = sort.key.replace(/^method:/, '');
		const va = valueOf(a, method);
		const vb = valueOf(b, method);
		if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
		return sign * (va - vb);
	};
	return [...units].sort((a, b) => compare(a, b) || byName(a, b));
}
