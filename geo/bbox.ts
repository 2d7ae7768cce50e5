import type { Geometry, Position } from 'geojson';

/** `[west, south, east, north]` in degrees, WGS-84. */
export type Bbox = [west: number, south: number, east: number, north: number];

/** Bounding box of any GeoJSON geometry; throws on an empty one, which has no box. */
export function computeGeometryBbox(geometry: Geometry): Bbox {
	const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
	forEachPosition(geometry, (p: Position) => {
		if (p[0] < box[0]) box[0] = p[0];
		if (p[1] < box[1]) box[1] = p[1];
		if (p[0] > box[2]) box[2] = p[0];
		if (p[1] > box[3]) box[3] = p[1];
	});
	if (!Number.isFinite(box[0])) throw new Error('geometry has no coordinates');
	return box;
}

function forEachPosition(geometry: Geometry, visit: (p: Position) => void): void {
	switch (geometry.type) {
		case 'Point':
			return visit(geometry.coordinates);
		case 'MultiPoint':
		case 'LineString':
			return geometry.coordinates.forEach(visit);
		case 'MultiLineString':
		case 'Polygon':
			return geometry.coordinates.forEach((ring) => ring.forEach(visit));
		case 'MultiPolygon':
			return geometry.coordinates.forEach((poly) => poly.forEach((ring) => ring.forEach(visit)));
		case 'GeometryCollection':
			return geometry.geometries.forEach((g) => forEachPosition(g, visit));
	}
}

/** True when two boxes share at least one point. */
export function bboxesIntersect(a: Bbox, b: Bbox): boolean {
	return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

export function bboxContains(outer: Bbox, inner: Bbox): boolean {
	return (
		outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3]
	);
}

/** Grows a bbox by `fraction` of its width and height on every side, clamped to the globe. */
export function padBbox([w, s, e, n]: Bbox, fraction: number): Bbox {
	const dx = (e - w) * fraction;
	const dy = (n - s) * fraction;
	return [
		Math.max(-180, w - dx),
		Math.max(-90, s - dy),
		Math.min(180, e + dx),
		Math.min(90, n + dy)
	];
}

/** Area in square degrees: only for comparing boxes at the same place. */
export function bboxArea([w, s, e, n]: Bbox): number {
	return Math.max(0, e - w) * Math.max(0, n - s);
}
