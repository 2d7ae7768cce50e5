/**
 * Where the notice board puts a case (docs/decisions.md): snapped to a grid of
 * BOARD_GRID_DEGREES (about 55 m north–south, 51 m east–west at 23° N), so the board shows
 * the street and block of a problem but not which doorway reported it.
 */
export const BOARD_GRID_DEGREES = 0.0005;

export function boardPosition(lng: number, lat: number): { lng: number; lat: number } {
	const snap = (v: number) =>
		Number((Math.round(v / BOARD_GRID_DEGREES) * BOARD_GRID_DEGREES).toFixed(4));
	return { lng: snap(lng), lat: snap(lat) };
}
