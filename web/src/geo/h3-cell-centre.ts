import { cellToLatLng } from 'h3-js';
import { roundCoordinate } from './round';

/** A cell's centre as [lng, lat], 6 decimals (h3 itself answers [lat, lng]). */
export function cellCentre(cell: string): [number, number] {
	const [lat, lng] = cellToLatLng(cell);
	return [roundCoordinate(lng), roundCoordinate(lat)];
}
