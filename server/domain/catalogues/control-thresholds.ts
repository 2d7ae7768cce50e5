/**
 * Control-level limits of GB/T 27770–27773-2011 (domain.md §2), one row per method, level and
 * graded value. Versioned by standard edition so a later edition (GB/T 27772-2025 for flies)
 * or a local rule can sit beside the 2011 rows; only `active` rows grade.
 */
import type { ControlLevel, ControlThreshold } from '../../contract/catalogues';

export type { ControlLevel, ControlThreshold };
export const CONTROL_LEVELS = ['A', 'B', 'C'] as const satisfies readonly ControlLevel[];
/** A graded result: a level met, `FAIL` (不达标), or null when not graded / no data. */
export type LevelResult = ControlLevel | 'FAIL' | null;

const RAT = 'GB/T 27770-2011';
const MOSQUITO = 'GB/T 27771-2011';
const FLY = 'GB/T 27772-2011';
const COCKROACH = 'GB/T 27773-2011';

/** Three rows (A, B, C) for one method and indicator. */
function abc(
	standard: string,
	method: string,
	limits: [number, number, number],
	indicator: 'value' | 'value2' = 'value',
	comparison: '<=' | '<' = '<='
): ControlThreshold[] {
	return CONTROL_LEVELS.map((level, i) => ({
		standard,
		method,
		indicator,
		level,
		limit: limits[i],
		comparison,
		active: true
	}));
}

export const CONTROL_THRESHOLDS: readonly ControlThreshold[] = Object.freeze([
	...abc(RAT, 'rat.indoor_signs', [1, 3, 5]),
	...abc(RAT, 'rat.outdoor_route', [1, 3, 5]),
	...abc(RAT, 'rat.proofing', [3, 5, 7]),
	...abc(MOSQUITO, 'mosquito.route_index', [0.1, 0.5, 0.8]),
	...abc(MOSQUITO, 'mosquito.dipping', [1, 3, 5]),
	...abc(MOSQUITO, 'mosquito.dipping', [3, 5, 8], 'value2', '<'),
	...abc(MOSQUITO, 'mosquito.landing', [0.5, 1.0, 1.5]),
	...abc(FLY, 'fly.indoor_rooms', [3, 6, 9]),
	// "≤3 flies per positive room" holds at every level; above it the indicator fails.
	...abc(FLY, 'fly.indoor_rooms', [3, 3, 3], 'value2'),
	...abc(FLY, 'fly.breeding_sites', [1, 3, 5]),
	...abc(COCKROACH, 'cockroach.infestation', [1, 3, 5]),
	...abc(COCKROACH, 'cockroach.egg_cases', [1, 2, 3]),
	...abc(COCKROACH, 'cockroach.signs', [3, 5, 7])
]);
