/**
 * Places points beside roads: a weighted random segment, a spot along it, a step off to one
 * side; retried until the spot is on land and far enough from points already placed.
 */
import type { XY } from './frame';
import { distance, pointAlong } from './geometry';
import type { Rng } from '../domain/random/seeded-random';
import type { Segment } from './streets';

const MAX_TRIES = 2000;

export interface Beside {
	at: XY;
	segment: Segment;
}

export interface PlaceOptions {
	/** Segments to choose from and their weights (e.g. length × preference). */
	segments: readonly Segment[];
	weights: readonly number[];
	/** Distance from the road centreline, metres. */
	offset: [number, number];
	onLand: (p: XY) => boolean;
	/** Keep at least `spacing` metres from these points. */
	avoid?: readonly XY[];
	spacing?: number;
}

export function placeBesideRoad(rng: Rng, o: PlaceOptions): Beside {
	for (let tries = 0; tries < MAX_TRIES; tries++) {
		const segment = o.segments[rng.weighted(o.weights)];
		const { at, normal } = pointAlong(segment.line, rng.range(0.15, 0.85));
		const side = rng.chance(0.5) ? 1 : -1;
		const d = rng.range(o.offset[0], o.offset[1]) * side;
		const p: XY = [at[0] + normal[0] * d, at[1] + normal[1] * d];
		const spacing = tries < MAX_TRIES / 2 ? (o.spacing ?? 0) : (o.spacing ?? 0) / 2;
		if (o.onLand(p) && (o.avoid ?? []).every((q) => distance(p, q) >= spacing))
			return { at: p, segment };
	}
	throw new Error('no free spot beside the chosen roads');
}

/** A point `radius` metres or less from `center`, uniformly over the disc, on land. */
export function placeNear(
	rng: Rng,
	center: XY,
	radius: [number, number],
	onLand: (p: XY) => boolean
): XY {
	for (let tries = 0; tries < MAX_TRIES; tries++) {
		const a = rng.range(0, 2 * Math.PI);
		const r = Math.sqrt(rng.range(radius[0] ** 2, radius[1] ** 2));
		const p: XY = [center[0] + r * Math.cos(a), center[1] + r * Math.sin(a)];
		if (onLand(p)) return p;
	}
	throw new Error('no land near the point');
}
