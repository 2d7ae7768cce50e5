/** Mean Earth radius (IUGG), metres. */
const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

export type Xy = readonly [number, number];

/**
 * A local flat frame in metres around `origin` (equirectangular: x east, y north). Over a
 * town (a few km) its error against the sphere is far below GPS noise (< 0.1 % of a distance),
 * and it makes "within 15 m of a track" exact plane geometry.
 */
export function localMetres(origin: readonly [number, number]) {
	const kx = EARTH_RADIUS_M * RAD * Math.cos(origin[1] * RAD);
	const ky = EARTH_RADIUS_M * RAD;
	return (p: readonly number[]): Xy => [(p[0] - origin[0]) * kx, (p[1] - origin[1]) * ky];
}

/** Distance from point p to the segment a–b, metres in the local frame. */
export function distanceToSegment(p: Xy, a: Xy, b: Xy): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const len2 = dx * dx + dy * dy;
	const t =
		len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
	return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}
