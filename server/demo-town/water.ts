/**
 * Water: the river (traced in river.ts) and ponds in the quiet interiors of street blocks
 * away from the core, lanes and diagonals. `isOnLand` keeps other features out of both.
 */
import type { XY } from './frame';
import { blobRing, lerp, pointInRing, pointToLineDistance } from './geometry';
import type { Rng } from '../domain/random/seeded-random';
import { RIVER_WIDTH_M } from './river';
import { KEY_AREA_COLUMNS, KEY_AREA_ROWS } from './key-area';
import { RIVER_ROW } from './road-plan';
import { GRID_SIZE, gridKey } from './street-grid';

export const POND_COUNT = 10;
const POND_RADIUS_M: [number, number] = [30, 75];
/** Blocks crossed by a diagonal or a lane, where a pond would sit on a road. */
const BUSY_BLOCKS = new Set(['10:0', '9:1', '8:2', '7:3', '0:10', '1:9', '2:8']);

export interface Water {
	riverLine: XY[];
	ponds: { at: XY; ring: XY[] }[];
}

export function digPonds(nodes: Map<string, XY>, rng: Rng): { at: XY; ring: XY[] }[] {
	const blocks: [number, number][] = [];
	for (let j = 0; j < GRID_SIZE - 1; j++)
		for (let i = 0; i < GRID_SIZE - 1; i++) {
			const inCore =
				i >= KEY_AREA_COLUMNS[0] &&
				i < KEY_AREA_COLUMNS[1] &&
				j >= KEY_AREA_ROWS[0] &&
				j < KEY_AREA_ROWS[1];
			const oldLanes = i >= 1 && i <= 3 && (j === 5 || j === 7);
			if (j !== RIVER_ROW && !inCore && !oldLanes && !BUSY_BLOCKS.has(`${i}:${j}`))
				blocks.push([i, j]);
		}
	return rng
		.shuffle(blocks)
		.slice(0, POND_COUNT)
		.sort((a, b) => a[1] - b[1] || a[0] - b[0])
		.map(([i, j]) => {
			const corner = (di: number, dj: number) => nodes.get(gridKey(i + di, j + dj))!;
			const at = lerp(
				lerp(corner(0, 0), corner(1, 1), 0.5),
				lerp(corner(1, 0), corner(0, 1), 0.5),
				0.5
			);
			const wobble = Array.from({ length: 12 }, () => rng.range(-0.25, 0.25));
			return { at, ring: blobRing(at, rng.range(...POND_RADIUS_M), wobble) };
		});
}

/** True when `p` is inside the outline and at least `margin` metres from any water. */
export function isOnLand(p: XY, outline: readonly XY[], water: Water, margin = 10): boolean {
	if (!pointInRing(p, outline)) return false;
	if (pointToLineDistance(p, water.riverLine) < RIVER_WIDTH_M / 2 + margin) return false;
	return water.ponds.every(
		(pond) => !pointInRing(p, pond.ring) && pointToLineDistance(p, pond.ring) >= margin
	);
}
