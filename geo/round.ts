/** Rounds a coordinate to 6 decimals (about 0.1 m), the precision of responses and exports. */
export function roundCoordinate(value: number): number {
	return Math.round(value * 1e6) / 1e6;
}
