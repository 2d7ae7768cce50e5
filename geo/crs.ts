/**
 * Chinese coordinate systems (domain.md §7). Everything SaniMap stores is WGS-84; imports
 * convert on the way in and a GCJ-02 basemap shifts data at draw time with `fromWgs84`.
 */
export const CRS_IDS = ['wgs84', 'cgcs2000', 'gcj02', 'bd09'] as const;
export type CrsId = (typeof CRS_IDS)[number];

export type LngLat = [lng: number, lat: number];

const A = 6378245.0;
const EE = 0.00669342162296594323;
/** Baidu's constant: π·3000/180. Using π here (a common bug) moves points by up to ~90 m. */
const X_PI = (Math.PI * 3000) / 180;
/** The iterative GCJ-02 inverse stops when a step is below this, in degrees (~0.1 mm). */
const INVERSE_TOLERANCE_DEG = 1e-9;
const INVERSE_MAX_STEPS = 30;

/** GCJ-02 is WGS-84 outside this box (the rectangle the open implementations share). */
export function isOutsideChina([lng, lat]: LngLat): boolean {
	return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function transformLat(x: number, y: number): number {
	let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
	r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
	r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
	r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
	return r;
}

function transformLng(x: number, y: number): number {
	let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
	r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
	r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
	r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
	return r;
}

export function wgs84ToGcj02(p: LngLat): LngLat {
	if (isOutsideChina(p)) return [p[0], p[1]];
	const [lng, lat] = p;
	const phi = (lat / 180) * Math.PI;
	const m = 1 - EE * Math.sin(phi) * Math.sin(phi);
	const dLat =
		(transformLat(lng - 105, lat - 35) * 180) / (((A * (1 - EE)) / (m * Math.sqrt(m))) * Math.PI);
	const dLng =
		(transformLng(lng - 105, lat - 35) * 180) / ((A / Math.sqrt(m)) * Math.cos(phi) * Math.PI);
	return [lng + dLng, lat + dLat];
}

/** Solves forward(w) = p by w ← w − (forward(w) − p), from `start`, to 1e-9°. */
function invert(forward: (w: LngLat) => LngLat, p: LngLat, start: LngLat): LngLat {
	let w: LngLat = [start[0], start[1]];
	for (let i = 0; i < INVERSE_MAX_STEPS; i++) {
		const f = forward(w);
		const dx = f[0] - p[0];
		const dy = f[1] - p[1];
		if (Math.abs(dx) < INVERSE_TOLERANCE_DEG && Math.abs(dy) < INVERSE_TOLERANCE_DEG) break;
		w = [w[0] - dx, w[1] - dy];
	}
	return w;
}

/** Exact inverse by iteration (the one-step inverse is off by up to ~5 m). */
export function gcj02ToWgs84(p: LngLat): LngLat {
	if (isOutsideChina(p)) return [p[0], p[1]];
	return invert(wgs84ToGcj02, p, p);
}

export function gcj02ToBd09([x, y]: LngLat): LngLat {
	const z = Math.sqrt(x * x + y * y) + 2e-5 * Math.sin(y * X_PI);
	const theta = Math.atan2(y, x) + 3e-6 * Math.cos(x * X_PI);
	return [z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006];
}

/**
 * domain.md's closed form, refined by iteration: the closed form alone is up to ~0.15 m off
 * (measured at Harbin), the refined value inverts `gcj02ToBd09` to 1e-9°.
 */
export function bd09ToGcj02(p: LngLat): LngLat {
	return invert(gcj02ToBd09, p, bd09ToGcj02Approx(p));
}

function bd09ToGcj02Approx([lng, lat]: LngLat): LngLat {
	const x = lng - 0.0065;
	const y = lat - 0.006;
	const z = Math.sqrt(x * x + y * y) - 2e-5 * Math.sin(y * X_PI);
	const theta = Math.atan2(y, x) - 3e-6 * Math.cos(x * X_PI);
	return [z * Math.cos(theta), z * Math.sin(theta)];
}

export const wgs84ToBd09 = (p: LngLat): LngLat => gcj02ToBd09(wgs84ToGcj02(p));
export const bd09ToWgs84 = (p: LngLat): LngLat => gcj02ToWgs84(bd09ToGcj02(p));

/** Converts a coordinate in `crs` to WGS-84. CGCS2000 equals WGS-84 at map precision (< 0.1 m). */
export function toWgs84(crs: CrsId, p: LngLat): LngLat {
	switch (crs) {
		case 'wgs84':
		case 'cgcs2000':
			return [p[0], p[1]];
		case 'gcj02':
			return gcj02ToWgs84(p);
		case 'bd09':
			return bd09ToWgs84(p);
	}
}

/** Converts a WGS-84 coordinate to `crs` (a GCJ-02 basemap draws data through this). */
export function fromWgs84(crs: CrsId, p: LngLat): LngLat {
	switch (crs) {
		case 'wgs84':
		case 'cgcs2000':
			return [p[0], p[1]];
		case 'gcj02':
			return wgs84ToGcj02(p);
		case 'bd09':
			return wgs84ToBd09(p);
	}
}
