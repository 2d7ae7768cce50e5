/**
 * Period presets of density mode. "This year" is the data's last year, not the calendar's:
 * a town whose last survey was in 2025 opens on 2025 even in 2026.
 */
export const DENSITY_PERIODS = ['thisYear', 'lastYear', 'summer', 'custom'] as const;
export type DensityPeriod = (typeof DENSITY_PERIODS)[number];

export function isDensityPeriod(value: string): value is DensityPeriod {
	return (DENSITY_PERIODS as readonly string[]).includes(value);
}

export interface DateSpan {
	from: string | null;
	to: string | null;
}

/** The year a preset covers, given the data's last survey date (`YYYY-MM-DD`). */
export function periodYear(period: Exclude<DensityPeriod, 'custom'>, lastDate: string): number {
	const year = Number(lastDate.slice(0, 4));
	if (period === 'thisYear') return year;
	if (period === 'lastYear') return year - 1;
	// The last summer that has begun in the data: a data set ending in May looks back a year.
	return lastDate >= `${year}-06-01` ? year : year - 1;
}

/**
 * The from/to a preset stands for. Custom passes its bounds through (null = open); a preset
 * needs the data's last date and gives null until it is known.
 */
export function resolvePeriod(
	period: DensityPeriod,
	lastDate: string | null,
	custom: DateSpan
): DateSpan | null {
	if (period === 'custom') return { from: custom.from, to: custom.to };
	if (!lastDate) return null;
	const year = periodYear(period, lastDate);
	if (period === 'summer') return { from: `${year}-06-01`, to: `${year}-08-31` };
	return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export interface PeriodChoice extends DateSpan {
	period: DensityPeriod;
}

/**
 * The period after picking `next`. Switching to custom starts from the dates the preset
 * showed, so the map does not jump to the whole survey range.
 */
export function choosePeriod(
	current: PeriodChoice,
	next: DensityPeriod,
	lastDate: string | null
): PeriodChoice {
	if (next !== 'custom' || current.from !== null || current.to !== null) {
		return { period: next, from: current.from, to: current.to };
	}
	const shown = resolvePeriod(current.period, lastDate, { from: null, to: null });
	return { period: next, from: shown?.from ?? null, to: shown?.to ?? null };
}
