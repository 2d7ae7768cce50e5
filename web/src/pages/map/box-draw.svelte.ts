import type { Bbox } from '$geo/bbox';

type LngLat = [number, number];

/** Drags shorter than this many pixels on either side are taken as a slip, not a box. */
export const MIN_BOX_PX = 6;

/**
 * The box two dragged corners span, as [west, south, east, north] rounded to 1e-6° (about
 * 0.1 m), whichever way the user dragged.
 */
export function boxFromCorners(a: LngLat, b: LngLat): Bbox {
	const r = (x: number) => Math.round(x * 1e6) / 1e6;
	return [
		r(Math.min(a[0], b[0])),
		r(Math.min(a[1], b[1])),
		r(Math.max(a[0], b[0])),
		r(Math.max(a[1], b[1]))
	];
}

/**
 * Drawing an area on the map (issue 14 item 3): the dispatch panel starts it, the layer over
 * the map takes the drag, and the box stays drawn until it is dispatched or cleared.
 */
export class BoxDraw {
	/** True while the map waits for a drag (the map does not pan meanwhile). */
	drawing = $state(false);
	/** The drawn box in data coordinates, or null. */
	box = $state.raw<Bbox | null>(null);

	start(): void {
		this.box = null;
		this.drawing = true;
	}

	finish(box: Bbox): void {
		this.box = box;
		this.drawing = false;
	}

	/** Esc or "clear": stops drawing and removes the box. */
	clear(): void {
		this.drawing = false;
		this.box = null;
	}
}
