import type { Padding } from '../../state/map-view.svelte';

/** At or below this window width the panels fold away and cards span the screen (app.css). */
export const NARROW_MAX_PX = 700;

/** Padding that keeps a fitted place clear of the side panel (left) and the legend (right). */
export function fitPaddingFor(narrow: boolean): Padding {
	return narrow
		? { top: 20, right: 20, bottom: 20, left: 20 }
		: { top: 20, right: 295, bottom: 20, left: 330 };
}

/** Height the bottom table card covers (38 % of the window plus its margin); 0 when narrow. */
export function tableClearance(narrow: boolean, windowHeight: number): number {
	return narrow ? 0 : windowHeight * 0.38 + 24;
}
