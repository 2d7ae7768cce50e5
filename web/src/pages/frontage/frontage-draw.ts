/**
 * Redrawing a unit's frontage line on its page (issue 15 item 2, "editable"): the clerk clicks
 * points along the street; with "snap to street" each point moves onto the unit's street and the
 * line follows the street's bends between two points. The server keeps the last word
 * (FRONTAGE_MAX_OFFSET_M); these helpers only shape what is sent.
 */
import type { FeatureCollection, LineString } from 'geojson';

type Position = [number, number];

/** A line as `PATCH /api/frontage/{id}` takes it. */
export interface DrawnLine {
	type: 'LineString';
	coordinates: Position[];
}

/** Two clicks closer than this (metres) are one point: a double-click's two clicks, a slip. */
export const SAME_POINT_M = 1;

const M_PER_DEG_LAT = 111_320;

/** Metres between two nearby positions (equirectangular; fine over a street's length). */
export function distanceM(a: Position, b: Position): number {
	const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
	const dx = (b[0] - a[0]) * M_PER_DEG_LAT * k;
	const dy = (b[1] - a[1]) * M_PER_DEG_LAT;
	return Math.hypot(dx, dy);
}

/** Drops each point within SAME_POINT_M of the one before it. */
export function dropRepeats(points: readonly Position[]): Position[] {
	const out: Position[] = [];
	for (const p of points) {
		if (out.length && distanceM(out[out.length - 1], p) < SAME_POINT_M) continue;
		out.push(p);
	}
	return out;
}

/** Length of a polyline in metres, to 0.1 m. */
export function pathLengthM(points: readonly Position[]): number {
	let m = 0;
	for (let i = 1; i < points.length; i++) m += distanceM(points[i - 1], points[i]);
	return Math.round(m * 10) / 10;
}

/** The street of a unit: every segment of the road its own segment belongs to. */
export function streetOf(
	roads: FeatureCollection,
	segmentId: string | null
): LineString['coordinates'][] {
	if (!segmentId) return [];
	const own = roads.features.find((f) => f.properties?.id === segmentId);
	const roadId = own?.properties?.roadId as string | undefined;
	const lines: LineString['coordinates'][] = [];
	for (const f of roads.features) {
		const same = roadId ? f.properties?.roadId === roadId : f === own;
		if (!same || !f.geometry) continue;
		if (f.geometry.type === 'LineString') lines.push(f.geometry.coordinates);
		if (f.geometry.type === 'MultiLineString') lines.push(...f.geometry.coordinates);
	}
	return lines;
}

interface Foot {
	line: number;
	/** Index of the street segment's first vertex; `t` runs 0..1 along it. */
	seg: number;
	t: number;
	at: Position;
	d: number;
}

/** The nearest point of the street to `p`, in a local metric plane around `p`. */
function footOf(p: Position, street: readonly LineString['coordinates'][]): Foot | null {
	const kx = M_PER_DEG_LAT * Math.cos((p[1] * Math.PI) / 180);
	const ky = M_PER_DEG_LAT;
	let best: Foot | null = null;
	street.forEach((coords, line) => {
		for (let seg = 0; seg + 1 < coords.length; seg++) {
			const ax = (coords[seg][0] - p[0]) * kx;
			const ay = (coords[seg][1] - p[1]) * ky;
			const bx = (coords[seg + 1][0] - p[0]) * kx;
			const by = (coords[seg + 1][1] - p[1]) * ky;
			const vx = bx - ax;
			const vy = by - ay;
			const len2 = vx * vx + vy * vy;
			const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, -(ax * vx + ay * vy) / len2));
			const x = ax + t * vx;
			const y = ay + t * vy;
			const d = Math.hypot(x, y);
			if (!best || d < best.d) {
				best = { line, seg, t, d, at: [p[0] + x / kx, p[1] + y / ky] };
			}
		}
	});
	return best;
}

const round6 = (p: Position): Position => [
	Math.round(p[0] * 1e6) / 1e6,
	Math.round(p[1] * 1e6) / 1e6
];

/**
 * Each point moved onto the nearest point of the street; between two points on the same street
 * line the street's own vertices are put in, so the frontage bends with the street. With no
 * street (an unknown segment) the points are returned as clicked.
 */
export function snapToStreet(
	points: readonly Position[],
	street: readonly LineString['coordinates'][]
): Position[] {
	if (street.length === 0) return points.map(round6);
	const feet = points.map((p) => footOf(p, street));
	const out: Position[] = [];
	feet.forEach((foot, i) => {
		if (!foot) return;
		const prev = i > 0 ? feet[i - 1] : null;
		if (prev && prev.line === foot.line && prev.seg !== foot.seg) {
			const coords = street[foot.line];
			if (prev.seg < foot.seg) {
				for (let v = prev.seg + 1; v <= foot.seg; v++) out.push(coords[v] as Position);
			} else {
				for (let v = prev.seg; v > foot.seg; v--) out.push(coords[v] as Position);
			}
		}
		out.push(foot.at);
	});
	return dropRepeats(out.map(round6));
}

/** The line to save from the clicked points, or null while fewer than two distinct points. */
export function frontageFromClicks(
	clicks: readonly Position[],
	snap: boolean,
	street: readonly LineString['coordinates'][]
): DrawnLine | null {
	const points = dropRepeats(clicks);
	const line = snap ? snapToStreet(points, street) : points.map(round6);
	return line.length >= 2 ? { type: 'LineString', coordinates: line } : null;
}
