/**
 * A local flat frame in metres around an origin: x east, y north (equirectangular). Over a
 * town (a few km) its error against the sphere is far below GPS noise (< 0.1 % of a
 * distance), and it makes "within 15 m of a track" and the demo town's walking plain
 * plane geometry. Used by the patrol coverage (server/domain/patrols) and the demo-town
 * frontage generator.
 */

/** Mean Earth radius (IUGG), metres. */
const EARTH_RADIUS_M = 6_371_008.8;
const METRES_PER_DEGREE = (EARTH_RADIUS_M * Math.PI) / 180;

/** A point in a local frame, metres east and north of its origin. */
export type Xy = readonly [number, number];

export interface LocalFrame {
	toXY(lng: number, lat: number): [number, number];
	/** Back to WGS-84, rounded to 6 decimals (about 0.1 m). */
	toLngLat(x: number, y: number): [number, number];
}

export function localFrame(lng0: number, lat0: number): LocalFrame {
	const kx = METRES_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
	const round = (v: number) => Math.round(v * 1e6) / 1e6;
	return {
		toXY: (lng, lat) => [(lng - lng0) * kx, (lat - lat0) * METRES_PER_DEGREE],
		toLngLat: (x, y) => [round(lng0 + x / kx), round(lat0 + y / METRES_PER_DEGREE)]
	};
}

/** Distance between two points of a frame, metres. */
export const distXY = (a: readonly number[], b: readonly number[]) =>
	Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Distance from point p to the segment a–b, metres in the local frame. */
export function distanceToSegment(p: Xy, a: Xy, b: Xy): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const len2 = dx * dx + dy * dy;
	const t =
		len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
	return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}
