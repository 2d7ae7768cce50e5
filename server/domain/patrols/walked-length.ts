import Flatbush from 'flatbush';
import { distanceToSegment, localFrame, type Xy } from '$geo/local-metres';

/** A road counts as walked where a patrol track passed within this distance (GPS noise, pavement). */
export const WALKED_WITHIN_M = 15;

type Interval = [number, number];

/**
 * The part [t0, t1] of the edge p(t) = a + t (b − a), t in [0, 1], lying within r of the
 * track edge c–d. The distance from a point moving on a line to a segment is convex in t, so
 * the set is one interval: find the nearest t by ternary search, then each end by bisection.
 */
function nearInterval(a: Xy, b: Xy, c: Xy, d: Xy, r: number): Interval | null {
	const at = (t: number): Xy => [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
	const f = (t: number) => distanceToSegment(at(t), c, d);
	let lo = 0;
	let hi = 1;
	for (let i = 0; i < 60; i++) {
		const m1 = lo + (hi - lo) / 3;
		const m2 = hi - (hi - lo) / 3;
		if (f(m1) <= f(m2)) hi = m2;
		else lo = m1;
	}
	const best = (lo + hi) / 2;
	if (f(best) > r) return null;
	const edge = (inside: number, outside: number) => {
		if (f(outside) <= r) return outside;
		for (let i = 0; i < 50; i++) {
			const mid = (inside + outside) / 2;
			if (f(mid) <= r) inside = mid;
			else outside = mid;
		}
		return inside;
	};
	return [edge(best, 0), edge(best, 1)];
}

/** Total length of a union of intervals. */
function unionLength(intervals: Interval[]): number {
	intervals.sort((x, y) => x[0] - y[0]);
	let total = 0;
	let end = -Infinity;
	for (const [s, e] of intervals) {
		if (e <= end) continue;
		total += e - Math.max(s, end);
		end = e;
	}
	return total;
}

/**
 * A meter of road walked against a fixed set of tracks (issue 15 item 4): each edge of a road
 * is walked over the union of its stretches within `withinM` of any track edge. A road walked
 * twice counts once; a track running across the road covers about 2 × withinM of it. The track
 * edges are indexed once (flatbush), in a local metre frame around the first track point.
 */
export function createWalkedMeter(
	tracks: readonly (readonly (readonly number[])[])[],
	withinM = WALKED_WITHIN_M
): (road: readonly (readonly number[])[]) => number {
	const first = tracks.find((t) => t.length > 0)?.[0];
	if (!first) return () => 0;
	const frame = localFrame(first[0], first[1]);
	const toXy = (p: readonly number[]): Xy => frame.toXY(p[0], p[1]);
	const edges: [Xy, Xy][] = [];
	for (const track of tracks) {
		const xy = track.map(toXy);
		if (xy.length === 1) edges.push([xy[0], xy[0]]);
		for (let i = 1; i < xy.length; i++) edges.push([xy[i - 1], xy[i]]);
	}
	const index = new Flatbush(edges.length);
	for (const [c, d] of edges)
		index.add(
			Math.min(c[0], d[0]),
			Math.min(c[1], d[1]),
			Math.max(c[0], d[0]),
			Math.max(c[1], d[1])
		);
	index.finish();
	return (road) => {
		const roadXy = road.map(toXy);
		let walked = 0;
		for (let i = 1; i < roadXy.length; i++) {
			const a = roadXy[i - 1];
			const b = roadXy[i];
			const edgeM = Math.hypot(b[0] - a[0], b[1] - a[1]);
			if (edgeM === 0) continue;
			const near: Interval[] = [];
			const hits = index.search(
				Math.min(a[0], b[0]) - withinM,
				Math.min(a[1], b[1]) - withinM,
				Math.max(a[0], b[0]) + withinM,
				Math.max(a[1], b[1]) + withinM
			);
			for (const h of hits) {
				const interval = nearInterval(a, b, edges[h][0], edges[h][1], withinM);
				if (interval) near.push(interval);
			}
			walked += unionLength(near) * edgeM;
		}
		return walked;
	};
}

/** Metres of one road within `withinM` of at least one track (createWalkedMeter for one road). */
export function walkedLengthM(
	road: readonly (readonly number[])[],
	tracks: readonly (readonly (readonly number[])[])[],
	withinM = WALKED_WITHIN_M
): number {
	return createWalkedMeter(tracks, withinM)(road);
}

/** Length of a line in the local metre frame of its first point. */
export function lineLengthM(line: readonly (readonly number[])[]): number {
	if (line.length < 2) return 0;
	const frame = localFrame(line[0][0], line[0][1]);
	let total = 0;
	for (let i = 1; i < line.length; i++) {
		const a = frame.toXY(line[i - 1][0], line[i - 1][1]);
		const b = frame.toXY(line[i][0], line[i][1]);
		total += Math.hypot(b[0] - a[0], b[1] - a[1]);
	}
	return total;
}
