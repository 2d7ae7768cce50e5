import { PESTS, type Pest } from '../../contract/records';
import {
	assessIndicator,
	assessPest,
	sumByMethod,
	type DensityCatalogue,
	type PestAssessment
} from './assess-pests';
import { assessAedesRisk } from './aedes-risk';
import type { SurveyTotals } from './compute-indicator';

export interface UnitSums extends SurveyTotals {
	unit: string;
	method: string;
}

/**
 * Density per unit (zone, grid or H3 cell) for one pest from per-unit, per-method sums.
 * Units listed in `names` appear even without surveys (level null); others get their id
 * as name (H3 cells).
 */
export function assessUnits(
	catalogue: DensityCatalogue,
	pest: Pest,
	sums: readonly UnitSums[],
	names: ReadonlyMap<string, string> | null
) {
	const byUnit = new Map<string, UnitSums[]>();
	for (const id of names?.keys() ?? []) byUnit.set(id, []);
	for (const s of sums) {
		if (names && !names.has(s.unit)) continue;
		byUnit.set(s.unit, [...(byUnit.get(s.unit) ?? []), s]);
	}
	return [...byUnit].map(([id, rows]) => {
		const assessed = assessPest(
			pest,
			rows.map((r) => assessIndicator(catalogue, r.method, r))
		);
		return {
			id,
			name: names?.get(id) ?? id,
			level: assessed.level,
			indicators: assessed.indicators,
			...(pest === 'mosquito' ? { aedesRisk: assessAedesRisk(assessed.indicators) } : {})
		};
	});
}

/** The calculator: grade loose records (already checked) per pest, in the order rat, mosquito, fly, cockroach. */
export function assessRecords(
	catalogue: DensityCatalogue,
	records: readonly {
		pest: Pest;
		method: string;
		count: number;
		effort: number;
		count2?: number | null;
	}[]
): PestAssessment[] {
	return PESTS.filter((p) => records.some((r) => r.pest === p)).map((pest) => {
		const totals = sumByMethod(
			records.filter((r) => r.pest === pest).map((r) => ({ ...r, count2: r.count2 ?? null }))
		);
		return assessPest(
			pest,
			[...totals]
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([method, t]) => assessIndicator(catalogue, method, t))
		);
	});
}
