/**
 * The key area of 十路一区: the market-town core (商业核心区), bounded by the streets around
 * grid columns KEY_AREA_COLUMNS and rows KEY_AREA_ROWS.
 */
import type { Polygon } from 'geojson';
import type { XY } from './frame';
import { pathThrough } from './street-grid';

export const KEY_AREA_COLUMNS: [number, number] = [4, 8];
export const KEY_AREA_ROWS: [number, number] = [5, 8];

export function outlineKeyArea(nodes: Map<string, XY>): Polygon {
	const [i0, i1] = KEY_AREA_COLUMNS;
	const [j0, j1] = KEY_AREA_ROWS;
	const cells: [number, number][] = [];
	for (let i = i0; i < i1; i++) cells.push([i, j0]);
	for (let j = j0; j < j1; j++) cells.push([i1, j]);
	for (let i = i1; i > i0; i--) cells.push([i, j1]);
	for (let j = j1; j >= j0; j--) cells.push([i0, j]);
	const ring = pathThrough(nodes, cells).map((k) => nodes.get(k)!);
	return { type: 'Polygon', coordinates: [ring] };
}
