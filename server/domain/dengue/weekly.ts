/**
 * Weekly Aedes indices (issue 17 part 3): BI, CI and MOI per unit (community, street) and ISO
 * week, as sum(count)/sum(effort)×100 over the week's records, never a mean of per-record
 * ratios (domain.md §1). BI and MOI carry the risk band of domain.md §2; CI has none.
 */
import { AEDES_RISK_BANDS, type AedesRiskBand } from '../../contract/aedes-risk';
import type { DengueIndex, DengueMethod, DengueWeekCell } from '../../contract/dengue';
import { isoWeekOf } from '../../contract/iso-week';
import { aedesRiskBand } from '../density/aedes-risk';

export interface DengueRecord {
	/** A community/village id or a road id. */
	unit: string;
	method: string;
	/** `YYYY-MM-DD`, local town date. */
	date: string;
	count: number;
	effort: number;
}

export interface WeekSums {
	count: number;
	effort: number;
}

const key = (unit: string, week: string, method: string) => `${unit}|${week}|${method}`;

/** Sums of count and effort per unit, ISO week and method. */
export class WeeklySums {
	readonly #sums = new Map<string, WeekSums>();

	constructor(records: readonly DengueRecord[]) {
		for (const r of records) {
			const k = key(r.unit, isoWeekOf(r.date), r.method);
			const s = this.#sums.get(k) ?? { count: 0, effort: 0 };
			s.count += r.count;
			s.effort += r.effort;
			this.#sums.set(k, s);
		}
	}

	get(unit: string, week: string, method: DengueMethod): WeekSums | undefined {
		return this.#sums.get(key(unit, week, method));
	}

	index(unit: string, week: string, method: DengueMethod): DengueIndex | null {
		const s = this.get(unit, week, method);
		return s ? dengueIndex(method, s.count, s.effort) : null;
	}

	cell(unit: string, week: string): DengueWeekCell {
		const bi = this.index(unit, week, 'mosquito.breteau');
		const moi = this.index(unit, week, 'mosquito.ovitrap');
		const ci = this.index(unit, week, 'mosquito.container');
		return { band: worseBand(bi?.band ?? null, moi?.band ?? null), bi, moi, ci };
	}
}

/** count/effort×100; null (no data) without effort; a band for BI and MOI only. */
export function dengueIndex(method: DengueMethod, count: number, effort: number): DengueIndex {
	const value = effort > 0 ? (count / effort) * 100 : null;
	const banded = method !== 'mosquito.container';
	return { value, count, effort, band: banded && value !== null ? aedesRiskBand(value) : null };
}

export function worseBand(a: AedesRiskBand | null, b: AedesRiskBand | null): AedesRiskBand | null {
	if (a === null) return b;
	if (b === null) return a;
	return AEDES_RISK_BANDS.indexOf(a) >= AEDES_RISK_BANDS.indexOf(b) ? a : b;
}

/** The higher of BI and MOI: both use the same bands, so it sets the community's band. */
function leading(cell: DengueWeekCell): number | null {
	const values = [cell.bi?.value, cell.moi?.value].filter((v): v is number => v != null);
	return values.length ? Math.max(...values) : null;
}

/** Up, down or the same against last week (1e-9 slack); null unless both weeks have an index. */
export function weekTrend(
	week: DengueWeekCell,
	previous: DengueWeekCell
): 'up' | 'down' | 'same' | null {
	const now = leading(week);
	const before = leading(previous);
	if (now === null || before === null) return null;
	if (Math.abs(now - before) <= 1e-9) return 'same';
	return now > before ? 'up' : 'down';
}

/** Parses the `dengue_season` setting "M-M" (months, inclusive); null when malformed. */
export function parseSeason(text: string | null | undefined): {
	fromMonth: number;
	toMonth: number;
} | null {
	const m = /^(\d{1,2})-(\d{1,2})$/.exec(text?.trim() ?? '');
	if (!m) return null;
	const [fromMonth, toMonth] = [Number(m[1]), Number(m[2])];
	const ok = (n: number) => n >= 1 && n <= 12;
	return ok(fromMonth) && ok(toMonth) && fromMonth <= toMonth ? { fromMonth, toMonth } : null;
}

/** Whether a week (its Monday or Sunday) lies in the season's months. */
export function weekInSeason(
	range: { from: string; to: string },
	season: { fromMonth: number; toMonth: number }
): boolean {
	return [range.from, range.to].some((d) => {
		const month = Number(d.slice(5, 7));
		return month >= season.fromMonth && month <= season.toMonth;
	});
}
