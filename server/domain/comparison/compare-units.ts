import type { LevelChange, UnitComparison, UnitSide } from '../../contract/comparison';
import type { DensityUnitJson, Level } from '../../contract/density';

export type { LevelChange, UnitComparison, UnitSide };

const RANK: Record<Exclude<Level, null>, number> = { A: 0, B: 1, C: 2, FAIL: 3 };

/** Whether a level got better (A is best), worse, or stayed; null when either is ungraded. */
export function compareLevels(a: Level, b: Level): LevelChange {
	if (a === null || b === null) return null;
	return RANK[b] < RANK[a] ? 'improved' : RANK[b] > RANK[a] ? 'worsened' : 'unchanged';
}

function side(unit: DensityUnitJson | undefined, method: string): UnitSide {
	const indicator = unit?.indicators.find((i) => i.method === method);
	return {
		value: indicator?.value ?? null,
		level: unit?.level ?? null,
		methodLevel: indicator?.level ?? null,
		methodNote: indicator ? indicator.note : 'no_data',
		...(unit?.aedesRisk !== undefined ? { aedesRisk: unit.aedesRisk } : {})
	};
}

/**
 * Period A against period B per unit for one method (同比 when B is A a year later). Units
 * are those of either side, in A's order then B's new ones.
 */
export function compareUnits(
	a: readonly DensityUnitJson[],
	b: readonly DensityUnitJson[],
	method: string
): UnitComparison[] {
	const byIdB = new Map(b.map((u) => [u.id, u]));
	const byIdA = new Map(a.map((u) => [u.id, u]));
	const ids = [...a.map((u) => u.id), ...b.map((u) => u.id).filter((id) => !byIdA.has(id))];
	return ids.map((id) => {
		const ua = byIdA.get(id);
		const ub = byIdB.get(id);
		const sa = side(ua, method);
		const sb = side(ub, method);
		const delta = sa.value !== null && sb.value !== null ? sb.value - sa.value : null;
		const deltaPct = delta !== null && sa.value ? (delta / sa.value) * 100 : null;
		return {
			id,
			name: (ua ?? ub)!.name,
			a: sa,
			b: sb,
			delta,
			deltaPct,
			// The method in view, not the pest: a route index that stayed C is unchanged even when
			// another method made the pest FAIL (issue 11 item 1).
			levelChange: compareLevels(sa.methodLevel, sb.methodLevel)
		};
	});
}
