import type { MultiPolygon, Polygon, Position } from 'geojson';

function ringCentroid(ring: Position[]): { x: number; y: number; area: number } {
	let area = 0;
	let x = 0;
	let y = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [x0, y0] = ring[j];
		const [x1, y1] = ring[i];
		const cross = x0 * y1 - x1 * y0;
		area += cross;
		x += (x0 + x1) * cross;
		y += (y0 + y1) * cross;
	}
	if (area === 0) {
		const n = ring.length || 1;
		return {
			x: ring.reduce((a, p) => a + p[0], 0) / n,
			y: ring.reduce((a, p) => a + p[1], 0) / n,
			area
		};
	}
	return { x: x / (3 * area), y: y / (3 * area), area: Math.abs(area / 2) };
}

/**
 * Where to put a zone's name: the area centroid of the outer ring of its largest part.
 * An approximation: a strongly concave outline can put it outside the shape.
 */
export function polygonLabelPoint(geometry: Polygon | MultiPolygon): [number, number] | null {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let best: { x: number; y: number; area: number } | null = null;
	for (const rings of polygons) {
		if (!rings[0]?.length) continue;
		const c = ringCentroid(rings[0]);
		if (!best || c.area > best.area) best = c;
	}
	return best ? [best.x, best.y] : null;
}
