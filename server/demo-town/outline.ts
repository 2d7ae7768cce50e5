/**
 * The town outline: a superellipse (|x/a|^n + |y/a|^n = 1) whose radius wobbles a little,
 * wide enough to hold the street grid with farmland and villages around it.
 */
import type { XY } from './frame';
import type { Rng } from '../domain/random/seeded-random';

const HALF_WIDTH_M = 3200;
const EXPONENT = 6;
const WOBBLE_M = 50;
const VERTICES = 72;

export function drawTownOutline(rng: Rng): XY[] {
	const phases = [rng.range(0, 2 * Math.PI), rng.range(0, 2 * Math.PI)];
	const ring: XY[] = [];
	for (let k = 0; k < VERTICES; k++) {
		const t = (2 * Math.PI * k) / VERTICES;
		const c = Math.cos(t);
		const s = Math.sin(t);
		const r =
			HALF_WIDTH_M /
				Math.pow(Math.pow(Math.abs(c), EXPONENT) + Math.pow(Math.abs(s), EXPONENT), 1 / EXPONENT) +
			WOBBLE_M * (0.6 * Math.sin(3 * t + phases[0]) + 0.4 * Math.sin(5 * t + phases[1]));
		ring.push([r * c, r * s]);
	}
	ring.push(ring[0]);
	return ring;
}
