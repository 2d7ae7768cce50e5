import { latLngToCell } from 'h3-js';

/** Resolutions stored on every point at write time (res 7 ≈ 1.2 km edge … res 10 ≈ 66 m). */
export const H3_RESOLUTIONS = [7, 8, 9, 10] as const;
export type H3Resolution = (typeof H3_RESOLUTIONS)[number];

export type H3CellsByResolution = Record<`r${H3Resolution}`, string>;

/** The H3 cells containing a WGS-84 point at every stored resolution. */
export function computeH3Cells(lng: number, lat: number): H3CellsByResolution {
	return {
		r7: latLngToCell(lat, lng, 7),
		r8: latLngToCell(lat, lng, 8),
		r9: latLngToCell(lat, lng, 9),
		r10: latLngToCell(lat, lng, 10)
	};
}
