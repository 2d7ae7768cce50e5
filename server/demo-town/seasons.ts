/**
 * When pests are active and when they are surveyed (domain.md §3, southern town), and the
 * documented year-on-year trend. Curves are multipliers of the peak (1.0), January first.
 */
import type { Pest } from '../contract/records';

export const SEASONAL_CURVE: Record<Pest, readonly number[]> = {
	// Peak July–August.
	mosquito: [0.05, 0.05, 0.15, 0.3, 0.5, 0.7, 1.0, 1.0, 0.7, 0.45, 0.2, 0.08],
	// Peak June–August.
	fly: [0.15, 0.15, 0.3, 0.5, 0.75, 1.0, 1.0, 1.0, 0.8, 0.55, 0.3, 0.15],
	// Peak July–August.
	cockroach: [0.35, 0.35, 0.45, 0.6, 0.75, 0.9, 1.0, 1.0, 0.85, 0.65, 0.45, 0.35],
	// Spring (May the top) and autumn (October) peaks.
	rat: [0.5, 0.55, 0.75, 0.9, 1.0, 0.8, 0.7, 0.72, 0.8, 0.9, 0.8, 0.6]
};

/** Survey months: mosquitoes and flies monthly April–November, the others every two months. */
export const SURVEY_MONTHS: Record<Pest, readonly number[]> = {
	mosquito: [4, 5, 6, 7, 8, 9, 10, 11],
	fly: [4, 5, 6, 7, 8, 9, 10, 11],
	rat: [1, 3, 5, 7, 9, 11],
	cockroach: [1, 3, 5, 7, 9, 11]
};

/**
 * Town-wide trend by year: steady gains against rats, flies and cockroaches from the
 * national sanitary-town drive; a hot, wet 2024 summer raised mosquitoes.
 */
export const YEAR_TREND: Record<Pest, Record<number, number>> = {
	rat: { 2023: 1.0, 2024: 0.92, 2025: 0.85 },
	fly: { 2023: 1.0, 2024: 0.95, 2025: 0.9 },
	cockroach: { 2023: 1.0, 2024: 0.95, 2025: 0.9 },
	mosquito: { 2023: 1.0, 2024: 1.12, 2025: 0.98 }
};
