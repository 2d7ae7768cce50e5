import type { Bbox } from '$geo/bbox';

export interface ViewIntent {
	center: [number, number];
	zoom: number;
}

export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** The map camera as state: what the user asked for (URL) and what the map shows now. */
export class MapViewState {
	/** A view the user chose (dragged, zoomed, or restored from the URL); null means "fit the data". */
	intent = $state.raw<ViewIntent | null>(null);
	/** The visible bounds after the last move, null until the map has loaded. */
	bounds = $state.raw<Bbox | null>(null);
	/** The zoom after the last move (labels are placed for it), null until the map has loaded. */
	zoom = $state<number | null>(null);

	/** A place the map should fly to (a new object per request), with pixels kept clear. */
	target = $state.raw<{ bbox: Bbox; padding: Padding; instant?: boolean } | null>(null);

	/** `instant` jumps without the flight (a first view the user should not watch arrive). */
	flyTo(bbox: Bbox, padding: Padding, instant = false): void {
		this.target = instant ? { bbox, padding, instant } : { bbox, padding };
	}

	/** Records where the map settled; `byUser` is false for the initial fit. */
	settle(view: ViewIntent, bounds: Bbox, byUser: boolean): void {
		this.bounds = bounds;
		this.zoom = view.zoom;
		if (byUser) this.intent = view;
	}
}
