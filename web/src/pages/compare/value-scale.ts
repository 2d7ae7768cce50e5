import { hexToRgba, type Rgba } from '../../map/colors';

/** Sequential YlOrRd steps shared by both maps when colouring by value. */
export const VALUE_STEPS = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'] as const;

/** Upper bounds of the steps: equal intervals from 0 to the larger of both periods' maxima. */
export function valueBreaks(values: readonly (number | null)[]): number[] {
	const max = Math.max(0, ...values.filter((v): v is number => v !== null));
	return VALUE_STEPS.map((_, i) => (max * (i + 1)) / VALUE_STEPS.length);
}

export function valueFill(value: number | null, breaks: readonly number[], alpha = 200): Rgba {
	if (value === null) return hexToRgba('#d4d4d4', 120);
	const i = breaks.findIndex((b) => value <= b);
	return hexToRgba(VALUE_STEPS[i === -1 ? VALUE_STEPS.length - 1 : i], alpha);
}
