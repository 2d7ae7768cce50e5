/** The season containing a month `YYYY-MM` (January and February belong to the winter
 * that began the December before). */
export function seasonOf(month: string): string {
	const y = Number(month.slice(0, 4));
	const m = Number(month.slice(5, 7));
	if (m <= 2) return `${y - 1}-winter`;
	return `${y}-${['spring', 'summer', 'autumn', 'winter'][Math.floor((m - 3) / 3)]}`;
}
