/**
 * A local flat frame around the town for the demo's walking and offsets: metres east and
 * north of an origin (equirectangular; the town is a few km across, so the error is far
 * below a GPS fix).
 */
const M_PER_DEG = (6_371_008.8 * Math.PI) / 180;

export interface LocalFrame {
	toXY(lng: number, lat: number): [number, number];
	toLngLat(x: number, y: number): [number, number];
}

export function localFrame(lng0: number, lat0: number): LocalFrame {
	const kx = M_PER_DEG * Math.cos((lat0 * Math.PI) / 180);
	const round = (v: number) => Math.round(v * 1e6) / 1e6;
	return {
		toXY: (lng, lat) => [(lng - lng0) * kx, (lat - lat0) * M_PER_DEG],
		toLngLat: (x, y) => [round(lng0 + x / kx), round(lat0 + y / M_PER_DEG)]
	};
}

export const distXY = (a: readonly number[], b: readonly number[]) =>
	Math.hypot(a[0] - b[0], a[1] - b[1]);
