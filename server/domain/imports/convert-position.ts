import type { Geometry, Position } from 'geojson';
import { bboxContains, bboxesIntersect, computeGeometryBbox, type Bbox } from '$geo/bbox';
import { toWgs84, type CrsId } from '$geo/crs';
import { failed, problem, type Failed, type Problem } from './import-issue';

export interface PositionContext {
	crs: CrsId;
	/** SANIMAP_SERVICE_AREA: converted points must lie inside, geometries must touch it. */
	serviceArea: Bbox | null;
}

export interface ConvertedPoint {
	lng: number;
	lat: number;
	origX: number;
	origY: number;
}

const fmt = (n: number) => String(Math.round(n * 1e6) / 1e6);

/** Why a raw coordinate pair cannot be a place, or null when it can. */
function checkRange(x: number, y: number): Problem | null {
	if (!Number.isFinite(x) || !Number.isFinite(y)) return problem('coordinate_not_number');
	if (x < -180 || x > 180 || y < -90 || y > 90) {
		const swapped = Math.abs(x) <= 90 && Math.abs(y) <= 180;
		return problem('coordinate_out_of_range', { swapped }, `${fmt(x)}, ${fmt(y)}`);
	}
	if (x === 0 && y === 0) return problem('coordinate_placeholder', undefined, '0, 0');
	return null;
}

const areaText = (a: Bbox) => a.map(fmt).join(',');

/** Checks and converts one point to WGS-84; the original values are kept for the record. */
export function convertPoint(x: number, y: number, ctx: PositionContext): ConvertedPoint | Failed {
	const range = checkRange(x, y);
	if (range) return { error: range };
	const [lng, lat] = toWgs84(ctx.crs, [x, y]);
	if (ctx.serviceArea && !bboxContains(ctx.serviceArea, [lng, lat, lng, lat])) {
		const params = { crs: ctx.crs, area: areaText(ctx.serviceArea) };
		return failed('outside_service_area', params, `${fmt(lng)}, ${fmt(lat)}`);
	}
	return { lng, lat, origX: x, origY: y };
}

/** Every position of a geometry checked and converted to WGS-84 (a new object). */
export function convertGeometry<G extends Geometry>(geometry: G, ctx: PositionContext): G | Failed {
	let bad: Problem | null = null;
	const convert = (p: Position): Position => {
		const range = bad ? null : checkRange(p[0], p[1]);
		if (range) bad = range;
		return toWgs84(ctx.crs, [p[0], p[1]]);
	};
	const out = mapPositions(geometry, convert) as G;
	if (bad) return { error: bad };
	if (ctx.serviceArea && !bboxesIntersect(ctx.serviceArea, computeGeometryBbox(out))) {
		return failed('geometry_outside_service_area', {
			crs: ctx.crs,
			area: areaText(ctx.serviceArea)
		});
	}
	return out;
}

function mapPositions(g: Geometry, f: (p: Position) => Position): Geometry {
	switch (g.type) {
		case 'Point':
			return { type: g.type, coordinates: f(g.coordinates) };
		case 'MultiPoint':
		case 'LineString':
			return { type: g.type, coordinates: g.coordinates.map(f) };
		case 'MultiLineString':
		case 'Polygon':
			return { type: g.type, coordinates: g.coordinates.map((r) => r.map(f)) };
		case 'MultiPolygon':
			return { type: g.type, coordinates: g.coordinates.map((p) => p.map((r) => r.map(f))) };
		case 'GeometryCollection':
			return { type: g.type, geometries: g.geometries.map((x) => mapPositions(x, f)) };
	}
}
