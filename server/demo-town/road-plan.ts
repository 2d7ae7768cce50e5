/**
 * The road plan: which named road runs through which nodes. Rows and columns of the grid,
 * two diagonals, lanes in the old core, and the river between rows RIVER_ROW and
 * RIVER_ROW + 1 that only BRIDGE_COLUMNS and the trunk diagonal cross.
 */
import type { XY } from './frame';
import type { Rng } from '../domain/random/seeded-random';
import {
	COLUMN_ROADS,
	CORE_LANES,
	OLD_DIAGONAL,
	OLD_VILLAGE_LANES,
	ROW_ROADS,
	TRUNK_DIAGONAL,
	southernName,
	type RoadStyle
} from './road-names';
import {
	GRID_SIZE,
	addMidNode,
	columnMidKey,
	gridKey,
	pathThrough,
	rowMidKey
} from './street-grid';

export const RIVER_ROW = 3;
export const BRIDGE_COLUMNS: readonly number[] = [1, 3, 6, 9];
/** Lanes run north-south between columns i and i+1, from row 5 to row 8. */
const CORE_LANE_COLUMNS = [4, 5, 6, 7];
const CORE_LANE_ROWS = [5, 8];
/** Lanes run west-east between rows j and j+1, from column 1 to column 4. */
const OLD_LANE_ROWS = [5, 7];
const OLD_LANE_COLUMNS = [1, 4];

export interface PlannedRoad extends RoadStyle {
	nodes: string[];
	/** Whether the generator may shorten the road at that end (outskirts only). */
	trimStart: boolean;
	trimEnd: boolean;
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => a + k);

export function planRoads(nodes: Map<string, XY>, rng: Rng): PlannedRoad[] {
	for (const i of CORE_LANE_COLUMNS)
		for (const j of range(CORE_LANE_ROWS[0], CORE_LANE_ROWS[1]))
			addMidNode(nodes, i, j, false, rng);
	for (const j of OLD_LANE_ROWS)
		for (const i of range(OLD_LANE_COLUMNS[0], OLD_LANE_COLUMNS[1]))
			addMidNode(nodes, i, j, true, rng);
	const roads: PlannedRoad[] = [];
	const all = range(0, GRID_SIZE - 1);
	ROW_ROADS.forEach((style, j) => {
		const keys = pathThrough(
			nodes,
			all.map((i): [number, number] => [i, j])
		);
		roads.push({ ...style, nodes: keys, trimStart: !style.key, trimEnd: !style.key });
	});
	COLUMN_ROADS.forEach((style, i) => {
		const keys = pathThrough(
			nodes,
			all.map((j): [number, number] => [i, j])
		);
		if (BRIDGE_COLUMNS.includes(i)) {
			roads.push({ ...style, nodes: keys, trimStart: !style.key, trimEnd: !style.key });
			return;
		}
		const split = keys.indexOf(gridKey(i, RIVER_ROW + 1));
		const south = { name: southernName(style.name), grade: style.grade, key: false };
		roads.push({ ...south, nodes: keys.slice(0, split), trimStart: true, trimEnd: false });
		roads.push({ ...style, nodes: keys.slice(split), trimStart: false, trimEnd: !style.key });
	});
	const last = GRID_SIZE - 1;
	const fixed = (style: RoadStyle, keys: string[]): PlannedRoad => ({
		...style,
		nodes: keys,
		trimStart: false,
		trimEnd: false
	});
	roads.push(
		fixed(
			TRUNK_DIAGONAL,
			range(0, 4).map((k) => gridKey(last - k, k))
		)
	);
	roads.push(
		fixed(
			OLD_DIAGONAL,
			range(0, 3).map((k) => gridKey(k, last - k))
		)
	);
	const lane = (name: string): RoadStyle => ({ name, grade: 4, key: false });
	CORE_LANE_COLUMNS.forEach((i, n) => {
		const keys = range(CORE_LANE_ROWS[0], CORE_LANE_ROWS[1]).map((j) => rowMidKey(i, j));
		roads.push(fixed(lane(CORE_LANES[n]), keys));
	});
	OLD_LANE_ROWS.forEach((j, n) => {
		const keys = range(OLD_LANE_COLUMNS[0], OLD_LANE_COLUMNS[1]).map((i) => columnMidKey(i, j));
		roads.push(fixed(lane(OLD_VILLAGE_LANES[n]), keys));
	});
	return roads;
}
