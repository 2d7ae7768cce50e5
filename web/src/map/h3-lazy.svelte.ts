import type { Position } from 'geojson';

/** A cell's hexagon (or pentagon) as a closed ring of [lng, lat], 6 decimals. */
export type CellRing = (cell: string) => Position[];

/**
 * h3-js (~250 kB of the bundle) is loaded only by the modes that draw H3 cells: hot spots on the
 * grid, density by H3 cell and the cell outlines of the priority list (issue 18). The ring is the
 * server's own `formatCellPolygon`, so a hexagon drawn from an id is the one the GeoJSON gives.
 */
let ring = $state.raw<CellRing | null>(null);
let started = false;

/** The ring function once h3-js has loaded; null until then (the first call starts the load). */
export function cellRing(): CellRing | null {
	if (!started) {
		started = true;
		void import('$geo/h3-cells').then((h3) => {
			ring = (cell) => h3.formatCellPolygon(cell).coordinates[0];
		});
	}
	return ring;
}

/** True while h3-js is asked for and not there yet: the map is not ready without its cells. */
export function cellRingLoading(): boolean {
	return started && ring === null;
}
