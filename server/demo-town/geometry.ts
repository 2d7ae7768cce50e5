/** Small planar helpers on the local metre plane. */
import { distanceToSegment } from '$geo/local-metres';
import type { XY } from './frame';

export function distance(a: XY, b: XY): number {
	return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

export function lerp(a: XY, b: XY, t: number): XY {
	return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** Unit normal to the left of the direction a -> b. */
export function leftNormal(a: XY, b: XY): XY {
	const len = distance(a, b) || 1;
	return [-(b[1] - a[1]) / len, (b[0] - a[0]) / len];
}

export function pointToLineDistance(p: XY, line: readonly XY[]): number {
	let best = Infinity;
	for (let i = 1; i < line.length; i++)
		best = Math.min(best, distanceToSegment(p, line[i - 1], line[i]));
	return best;
}

export function lineLength(line: readonly XY[]): number {
	let sum = 0;
	for (let i = 1; i < line.length; i++) sum += distance(line[i - 1], line[i]);
	return sum;
}

/** The point at `t` (0..1) of the way along a polyline, and the direction there. */
export function pointAlong(line: readonly XY[], t: number): { at: XY; normal: XY } {
	let rest = t * lineLength(line);
	for (let i = 1; i < line.length; i++) {
		const step = distance(line[i - 1], line[i]);
		if (rest <= step || i === line.length - 1) {
			const f = step === 0 ? 0 : Math.min(1, rest / step);
			return { at: lerp(line[i - 1], line[i], f), normal: leftNormal(line[i - 1], line[i]) };
		}
		rest -= step;
	}
	return { at: line[0], normal: [0, 1] };
}

/** Ray casting; the ring may be closed or open. */
export function pointInRing(p: XY, ring: readonly XY[]): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi)
			inside = !inside;
	}
	return inside;
}

/** Signed shoelace area and area centroid of a ring. */
export function ringAreaCentroid(ring: readonly XY[]): { area: number; centroid: XY } {
	let a = 0;
	let cx = 0;
	let cy = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
		a += cross;
		cx += (ring[j][0] + ring[i][0]) * cross;
		cy += (ring[j][1] + ring[i][1]) * cross;
	}
	if (a === 0) return { area: 0, centroid: ring[0] };
	return { area: a / 2, centroid: [cx / (3 * a), cy / (3 * a)] };
}

/** A ring of `n` points around `center` whose radius wobbles by `wobble` (0..1). */
export function blobRing(center: XY, radius: number, wobble: readonly number[], n = 12): XY[] {
	const ring: XY[] = [];
	for (let i = 0; i < n; i++) {
		const angle = (2 * Math.PI * i) / n;
		const r = radius * (1 + wobble[i % wobble.length]);
		ring.push([center[0] + r * Math.cos(angle), center[1] + r * Math.sin(angle)]);
	}
	ring.push(ring[0]);
	return ring;
}
