import { kinks } from '@turf/turf';
import type { Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { failed, problem, type Failed, type Problem } from './import-issue';

const isPosition = (p: unknown): p is Position =>
	Array.isArray(p) && p.length >= 2 && p.every((x) => typeof x === 'number' && Number.isFinite(x));

function checkRing(ring: unknown): Problem | null {
	if (!Array.isArray(ring) || !ring.every(isPosition)) return problem('ring_not_positions');
	if (ring.length < 4) return problem('ring_too_short');
	const [a, b] = [ring[0], ring[ring.length - 1]];
	return a[0] === b[0] && a[1] === b[1] ? null : problem('ring_not_closed');
}

/**
 * Zones: a Polygon or MultiPolygon with closed rings of numeric positions that do not cross
 * themselves or each other (turf `kinks`); a crossing outline has no meaningful area or inside.
 */
export function checkAreaGeometry(g: Geometry): Polygon | MultiPolygon | Failed {
	const polygons =
		g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : null;
	if (!polygons) return failed('geometry_not_area', { type: g.type });
	for (const rings of polygons) {
		if (!Array.isArray(rings) || rings.length === 0) return failed('polygon_no_rings');
		for (const ring of rings) {
			const bad = checkRing(ring);
			if (bad) return { error: bad };
		}
	}
	const area = g as Polygon | MultiPolygon;
	const crossing = kinks(area).features[0]?.geometry.coordinates;
	if (crossing) {
		const near = crossing.map((x) => Math.round(x * 1e6) / 1e6).join(', ');
		return failed('polygon_crosses', undefined, near);
	}
	return area;
}

/**
 * Roads: a LineString, or a MultiLineString of one part (longer ones must be split first), of
 * at least 2 different positions: a zero-length road has no direction and no nearest point.
 */
export function checkLineGeometry(g: Geometry): LineString | Failed {
	const line =
		g.type === 'LineString'
			? g.coordinates
			: g.type === 'MultiLineString' && g.coordinates.length === 1
				? g.coordinates[0]
				: null;
	if (!line) {
		return g.type === 'MultiLineString'
			? failed('line_parts', { parts: g.coordinates.length })
			: failed('geometry_not_line', { type: g.type });
	}
	if (!Array.isArray(line) || line.length < 2 || !line.every(isPosition)) {
		return failed('line_too_short');
	}
	if (line.every((p) => p[0] === line[0][0] && p[1] === line[0][1])) {
		return failed('line_zero_length');
	}
	return { type: 'LineString', coordinates: line };
}
