/**
 * How many page links fit in the header before the rest go under 更多 (priority+ navigation):
 * links keep their order; when all fit there is no 更多, else the first ones that fit beside
 * a 更多 button of `moreWidth` stay in the row. Widths in CSS pixels, `gap` between items.
 */
export function linksThatFit(
	widths: readonly number[],
	available: number,
	gap: number,
	moreWidth: number
): number {
	const all = widths.reduce((sum, w, i) => sum + w + (i ? gap : 0), 0);
	if (all <= available) return widths.length;
	let used = moreWidth;
	let n = 0;
	for (const w of widths) {
		if (used + gap + w > available) break;
		used += gap + w;
		n += 1;
	}
	return n;
}
