/** The residents' sketch map: the town's extent drawn into a box, and taps read back as places. */
export type Extent = [number, number, number, number];

/** The box's height for `width`, keeping the extent's shape (metres east and north at its middle). */
export function sketchHeight(extent: Extent, width: number): number {
	const [w, s, e, n] = extent;
	const east = (e - w) * Math.cos((((s + n) / 2) * Math.PI) / 180);
	return Math.round((width * (n - s)) / Math.max(east, 1e-9));
}

export function toBox(extent: Extent, size: [number, number], lng: number, lat: number) {
	const [w, s, e, n] = extent;
	return { x: ((lng - w) / (e - w)) * size[0], y: ((n - lat) / (n - s)) * size[1] };
}

export function toLngLat(extent: Extent, size: [number, number], x: number, y: number) {
	const [w, s, e, n] = extent;
	const round = (v: number) => Number(v.toFixed(6));
	return { lng: round(w + (x / size[0]) * (e - w)), lat: round(n - (y / size[1]) * (n - s)) };
}
