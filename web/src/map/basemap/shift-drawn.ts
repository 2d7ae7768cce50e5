import type { Position } from 'geojson';
import type { CrsId } from '$geo/crs';
import { drawsUnshifted, shiftCoordinates } from '$geo/shift-for-basemap';

type CoordinateKeys<T> = {
	[K in keyof T]: T[K] extends Position | Position[] | Position[][] ? K : never;
}[keyof T];

/**
 * Formatted layer data (density rings, hot-spot cells, road paths) with the coordinates in
 * `key` moved into a basemap's `crs`; the array itself for WGS-84, so nothing redraws.
 */
export function shiftEach<T, K extends CoordinateKeys<T>>(items: T[], key: K, crs: CrsId): T[] {
	if (drawsUnshifted(crs)) return items;
	return items.map((item) => ({
		...item,
		[key]: shiftCoordinates(item[key] as Position | Position[], crs)
	}));
}
