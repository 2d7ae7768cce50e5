/** Keys that move between a list's rows; Tab still leaves the list. */
const STEPS: Partial<Record<string, (i: number, n: number) => number>> = {
	ArrowDown: (i, n) => Math.min(i + 1, n - 1),
	ArrowUp: (i) => Math.max(i - 1, 0),
	Home: () => 0,
	End: (_, n) => n - 1
};

/**
 * The row a key moves to from row `from` of `count` (ArrowUp/Down, Home, End), or null for
 * any other key. Pure, so the rule is tested without a DOM.
 */
export function nextRowIndex(key: string, from: number, count: number): number | null {
	const step = STEPS[key];
	return step && count > 0 ? step(from, count) : null;
}

/**
 * `onkeydown` of a list's `<tbody>`: arrows move the focus to the neighbouring row's button
 * (Enter on it then picks the row, as a click does), so a long list needs no Tab per row.
 */
export function moveRowFocus(event: KeyboardEvent): void {
	const body = event.currentTarget as HTMLElement;
	const buttons = [...body.querySelectorAll<HTMLElement>(':scope > tr button')];
	const from = buttons.indexOf(document.activeElement as HTMLElement);
	if (from < 0) return;
	const to = nextRowIndex(event.key, from, buttons.length);
	if (to === null) return;
	event.preventDefault();
	buttons[to].focus();
	buttons[to].scrollIntoView({ block: 'nearest' });
}
