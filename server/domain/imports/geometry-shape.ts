import { kinks } from '@turf/turf';
import type { Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';

const isPosition = (p: unknown): p is Position =>
	Array.isArray(p) && p.length >= 2 && p.every((x) => typeof x === 'number' && Number.isFinite(x));

function checkRing(ring: unknown): string | null {
	if (!Array.isArray(ring) || !ring.every(isPosition))
		return 'a ring is not a list of [lng, lat] positions';
	if (ring.length < 4) return 'a polygon ring needs at least 4 positions';
	const [a, b] = [ring[0], ring[ring.length - 1]];
	return a[0] === b[0] && a[1] === b[1]
		? null
		: 'a polygon ring is not closed (first position must equal the last)';
}

/**
 * Zones: a Polygon or MultiPolygon with closed rings of numeric positions that do not cross
 * themselves or each other (turf `kinks`); a crossing outline has no meaningful area or inside.
 */
export function checkAreaGeometry(g: Geometry): Polygon | MultiPolygon | { error: string } {
	const polygons =
		g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : null;
	if (!polygons) return { error: `geometry must be a Polygon or MultiPolygon, not ${g.type}` };
	for (const rings of polygons) {
		if (!Array.isArray(rings) || rings.length === 0) return { error: 'a polygon has no rings' };
		for (const ring of rings) {
			const problem = checkRing(ring);
			if (problem) return { error: problem };
		}
	}
	const area = g as Polygon | MultiPolygon;
	const crossing = kinks(area).features[0]?.geometry.coordinates;
	if (crossing) {
		const near = crossing.map((x) => Math.round(x * 1e6) / 1e6).join(', ');
		return { error: `the polygon crosses itself near [${near}]; fix its outline` };
	}
	return area;
}

/**
 * Roads: a LineString, or a MultiLineString of one part (longer ones must be split first), of
 * at least 2 different positions: a zero-length road has no direction and no nearest point.
 */
export function checkLineGeometry(g: Geometry): LineString | { error: string } {
	const line =
		g.type === 'LineString'
			? g.coordinates
			: g.type === 'MultiLineString' && g.coordinates.length === 1
				? g.coordinates[0]
				: null;
	if (!line) {
		return {
			error:
				g.type === 'MultiLineString'
					? `a MultiLineString of ${g.coordinates.length} parts: split it into one row per part`
					: `geometry must be a LineString, not ${g.type}`
		};
	}
	if (!Array.isArray(line) || line.length < 2 || !line.every(isPosition)) {
		return { error: 'a line needs at least 2 [lng, lat] positions' };
	}
	if (line.every((p) => p[0] === line[0][0] && p[1] === line[0][1])) {
		return { error: 'a road needs at least 2 different positions; this one has zero length' };
	}
	return { type: 'LineString', coordinates: line };
}
