/**
 * The town frame: the generator works in metres on a local plane (x east, y north, origin at
 * the town centre) and projects to WGS-84 only when it writes records.
 */
export type XY = [number, number];

/** Real coordinates of a Pearl River Delta town; the town itself is synthetic. */
export const TOWN_CENTER: [number, number] = [113.09, 22.96];
export const TOWN_NAME = '安澜镇（合成示范数据）';

const LAT_RAD = (TOWN_CENTER[1] * Math.PI) / 180;
/** Metres per degree at the centre latitude (standard series for the WGS-84 ellipsoid). */
const M_PER_DEG_LAT = 111132.92 - 559.82 * Math.cos(2 * LAT_RAD) + 1.175 * Math.cos(4 * LAT_RAD);
const M_PER_DEG_LNG = 111412.84 * Math.cos(LAT_RAD) - 93.5 * Math.cos(3 * LAT_RAD);

/** Six decimals of a degree, about 0.1 m. */
export function round6(v: number): number {
	return Math.round(v * 1e6) / 1e6;
}

/** Local metres to rounded WGS-84 `[lng, lat]`. */
export function toLngLat([x, y]: XY): [number, number] {
	return [round6(TOWN_CENTER[0] + x / M_PER_DEG_LNG), round6(TOWN_CENTER[1] + y / M_PER_DEG_LAT)];
}

/** WGS-84 `[lng, lat]` to local metres (for tests and checks). */
export function toLocal([lng, lat]: [number, number]): XY {
	return [(lng - TOWN_CENTER[0]) * M_PER_DEG_LNG, (lat - TOWN_CENTER[1]) * M_PER_DEG_LAT];
}
