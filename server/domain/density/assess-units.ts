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
import type { Segment } from './editions';
import { assessDatedIndicator, type SampleScope } from './grade-dated';

export interface UnitSums extends SurveyTotals {
	unit: string;
	method: string;
	/** Issue 17: index into the period's edition segments (0 when it has one). */
	segment?: number;
}

/**
 * Issue 17: one unit's indicators from its per-method, per-segment sums, each graded by the
 * edition of its dates and held against the sample minimum of `scope`.
 */
export function assessDatedSums(
	catalogue: DensityCatalogue,
	pest: Pest,
	rows: readonly UnitSums[],
	segments: readonly Segment[],
	scope: SampleScope
) {
	const byMethod = new Map<string, UnitSums[]>();
	for (const r of rows) byMethod.set(r.method, [...(byMethod.get(r.method) ?? []), r]);
	const indicators = [...byMethod]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([method, parts]) =>
			assessDatedIndicator(
				catalogue,
				pest,
				method,
				parts.map((p) => ({
					segment: segments[Number(p.segment ?? 0)],
					totals: { count: Number(p.count), effort: Number(p.effort), count2: p.count2 }
				})),
				scope
			)
		);
	const assessed = assessPest(pest, indicators);
	const reasons = indicators.map((i) => i.note);
	const levelNote =
		assessed.level !== null
			? null
			: reasons.includes('sample_too_small')
				? ('sample_too_small' as const)
				: reasons.includes('limits_not_entered')
					? ('limits_not_entered' as const)
					: null;
	return { level: assessed.level, indicators, levelNote };
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
	names: ReadonlyMap<string, string> | null,
	/** Issue 17: the period's edition segments; when given, units are graded by date. */
	dated?: { segments: readonly Segment[]; scope: SampleScope }
) {
	const byUnit = new Map<string, UnitSums[]>();
	for (const id of names?.keys() ?? []) byUnit.set(id, []);
	for (const s of sums) {
		if (names && !names.has(s.unit)) continue;
		byUnit.set(s.unit, [...(byUnit.get(s.unit) ?? []), s]);
	}
	return [...byUnit].map(([id, rows]) => {
		if (dated) {
			const graded = assessDatedSums(catalogue, pest, rows, dated.segments, dated.scope);
			return {
				id,
				name: names?.get(id) ?? id,
				...graded,
				...(pest === 'mosquito' ? { aedesRisk: assessAedesRisk(graded.indicators) } : {})
			};
		}
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
