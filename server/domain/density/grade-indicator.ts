import {
	CONTROL_LEVELS,
	type ControlThreshold,
	type LevelResult
} from '../catalogues/control-thresholds';
import type { IndicatorValue } from './compute-indicator';

/**
 * Tolerance for limits met exactly: 5 rooms of 100 is 5 %, though 5 / 100 × 100 may come out
 * as 5.000000000000001 in floating point. Far below any survey's precision.
 */
const LIMIT_TOLERANCE = 1e-9;

const meets = (x: number, t: ControlThreshold) =>
	t.comparison === '<' ? x < t.limit - LIMIT_TOLERANCE : x <= t.limit + LIMIT_TOLERANCE;

/**
 * An indicator's control level: the best level all of whose limits it meets (both values
 * where the method grades two, as dipping does), else FAIL. Null when the method has no
 * active limits (not graded) or the value is missing (no data).
 */
export function gradeIndicator(
	value: IndicatorValue,
	thresholds: readonly ControlThreshold[]
): LevelResult {
	const active = thresholds.filter((t) => t.active);
	if (active.length === 0 || value.value === null) return null;
	// Dipping and indoor-fly grading need both values; without the second there is no grade.
	if (value.value2 === null && active.some((t) => t.indicator === 'value2')) return null;
	for (const level of CONTROL_LEVELS) {
		const limits = active.filter((t) => t.level === level);
		if (limits.length === 0) continue;
		const ok = limits.every((t) =>
			meets((t.indicator === 'value' ? value.value : value.value2)!, t)
		);
		if (ok) return level;
	}
	return 'FAIL';
}

const ORDER: Record<Exclude<LevelResult, null>, number> = { A: 0, B: 1, C: 2, FAIL: 3 };

/** The worst of several levels (a pest from its indicators, an area from its pests). */
export function worstLevel(levels: readonly LevelResult[]): LevelResult {
	let worst: LevelResult = null;
	for (const l of levels) {
		if (l !== null && (worst === null || ORDER[l] > ORDER[worst])) worst = l;
	}
	return worst;
}
