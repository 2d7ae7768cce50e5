/** Metres from a point to a GeoJSON line, on a local flat projection (town scale, < 0.1 % off). */
const M_PER_DEG_LAT = 111_320;

export function metresToLine(p: [number, number], line: readonly (readonly number[])[]): number {
	const kx = M_PER_DEG_LAT * Math.cos((p[1] * Math.PI) / 180);
	const xy = (c: readonly number[]): [number, number] => [
		(c[0] - p[0]) * kx,
		(c[1] - p[1]) * M_PER_DEG_LAT
	];
	let best = Infinity;
	for (let i = 1; i < line.length; i++) {
		const [ax, ay] = xy(line[i - 1]);
		const [bx, by] = xy(line[i]);
		const dx = bx - ax;
		const dy = by - ay;
		const len2 = dx * dx + dy * dy;
		const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
		best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
	}
	return best;
}
