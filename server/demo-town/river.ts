/**
 * The river 安澜河: it runs west-east between street rows RIVER_ROW and RIVER_ROW + 1,
 * meandering gently, RIVER_WIDTH_M wide, and reaches past the town outline on both sides.
 */
import type { XY } from './frame';
import { leftNormal, lerp } from './geometry';
import type { Rng } from '../domain/random/seeded-random';
import { RIVER_ROW } from './road-plan';
import { GRID_SIZE, gridKey } from './street-grid';

export const RIVER_WIDTH_M = 70;
const MEANDER_M = 22;
const REACH_BEYOND_M = 900;

export function traceRiver(nodes: Map<string, XY>, rng: Rng): XY[] {
	const anchors: XY[] = [];
	for (let i = 0; i < GRID_SIZE; i++) {
		const mid = lerp(nodes.get(gridKey(i, RIVER_ROW))!, nodes.get(gridKey(i, RIVER_ROW + 1))!, 0.5);
		anchors.push(mid);
	}
	const first = anchors[0];
	const last = anchors[anchors.length - 1];
	anchors.unshift([first[0] - REACH_BEYOND_M, first[1] - 120]);
	anchors.push([last[0] + REACH_BEYOND_M, last[1] + 150]);
	const line: XY[] = [anchors[0]];
	for (let k = 1; k < anchors.length; k++) {
		const a = anchors[k - 1];
		const b = anchors[k];
		const n = leftNormal(a, b);
		for (const t of [0.25, 0.5, 0.75]) {
			const off = MEANDER_M * Math.sin(Math.PI * t * 2) * rng.range(0.4, 1);
			const p = lerp(a, b, t);
			line.push([p[0] + n[0] * off, p[1] + n[1] * off]);
		}
		line.push(b);
	}
	return line;
}

/** The river as a closed ring: the centreline offset by half the width to each side. */
export function riverRing(line: readonly XY[]): XY[] {
	const half = RIVER_WIDTH_M / 2;
	const left: XY[] = [];
	const right: XY[] = [];
	line.forEach((p, k) => {
		const a = line[Math.max(0, k - 1)];
		const b = line[Math.min(line.length - 1, k + 1)];
		const n = leftNormal(a, b);
		left.push([p[0] + n[0] * half, p[1] + n[1] * half]);
		right.push([p[0] - n[0] * half, p[1] - n[1] * half]);
	});
	const ring = [...right, ...left.reverse()];
	ring.push(ring[0]);
	return ring;
}
