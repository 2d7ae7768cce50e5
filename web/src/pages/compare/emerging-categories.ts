import type { MessageKey, Translate } from '../../i18n';

/**
 * Emerging hot spot categories (domain.md §4) and their colours: reds for hot, blues for cold,
 * darker for the stronger patterns, after Esri's Emerging Hot Spot Analysis renderer.
 */
export const EMERGING_COLORS = {
	new_hot: '#fcbba1',
	consecutive_hot: '#fc9272',
	intensifying_hot: '#a50f15',
	persistent_hot: '#de2d26',
	diminishing_hot: '#fb6a4a',
	sporadic_hot: '#fdd0a2',
	oscillating_hot: '#f16913',
	historical_hot: '#bcbddc',
	new_cold: '#c6dbef',
	consecutive_cold: '#9ecae1',
	intensifying_cold: '#08519c',
	persistent_cold: '#3182bd',
	diminishing_cold: '#6baed6',
	sporadic_cold: '#deebf7',
	oscillating_cold: '#4292c6',
	historical_cold: '#dadaeb',
	no_pattern: '#f0f0f0'
} as const;
export type EmergingCategory = keyof typeof EMERGING_COLORS;

export function isEmergingCategory(value: string): value is EmergingCategory {
	return Object.hasOwn(EMERGING_COLORS, value);
}

/** The legend: the categories present, in the catalogue's order, with their names. */
export function emergingLegend(
	present: ReadonlySet<string>,
	t: Translate
): { category: EmergingCategory; color: string; label: string }[] {
	return (Object.keys(EMERGING_COLORS) as EmergingCategory[])
		.filter((c) => present.has(c))
		.map((category) => ({
			category,
			color: EMERGING_COLORS[category],
			label: t(`emerging.${category}` as MessageKey)
		}));
}
