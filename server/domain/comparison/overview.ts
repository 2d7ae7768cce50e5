import type { LevelCounts } from '../../contract/comparison';
import type { DensityUnitJson, Level } from '../../contract/density';
import type { Pest } from '../../contract/records';

/** Method each pest's spraying effect is judged by on the overview: the count-based ones
 * that respond within weeks (sign rates lag; docs/decisions.md). */
export const EFFECT_METHOD: Record<Pest, string> = {
	rat: 'rat.snap_trap',
	mosquito: 'mosquito.light_trap',
	fly: 'fly.cage',
	cockroach: 'cockroach.sticky'
};

export type { LevelCounts };

export function countLevels(units: readonly DensityUnitJson[]): LevelCounts {
	const counts: LevelCounts = { A: 0, B: 0, C: 0, FAIL: 0, none: 0 };
	for (const u of units) counts[u.level ?? 'none']++;
	return counts;
}

/** Units with any effective survey effort: a season without any has no data, not clean zones. */
export function countSurveyed(units: readonly DensityUnitJson[]): number {
	return units.filter((u) => u.indicators.some((i) => i.effort > 0)).length;
}

const RANK: Record<Exclude<Level, null>, number> = { FAIL: 0, C: 1, B: 2, A: 3 };

/** Zones below level C first (the ones a national sanitary town cannot have), then C. */
export function worstUnits(units: readonly DensityUnitJson[], limit: number): DensityUnitJson[] {
	return units
		.filter((u) => u.level === 'FAIL' || u.level === 'C')
		.sort((a, b) => RANK[a.level!] - RANK[b.level!] || a.id.localeCompare(b.id))
		.slice(0, limit);
}
