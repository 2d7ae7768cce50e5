import { length, lineSliceAlong, lineString, nearestPointOnLine, point } from '@turf/turf';
import type { LineString, Position } from 'geojson';

/** A frontage drawn when the ledger gives no width: 10 m each side of the door. */
export const DEFAULT_FRONTAGE_HALF_WIDTH_M = 10;

export interface FrontageLine {
	geometry: LineString;
	/** Length along the street, metres (shorter than 2 × half width near a segment's end). */
	lengthM: number;
}

const round6 = (p: Position): Position => [
	Math.round(p[0] * 1e6) / 1e6,
	Math.round(p[1] * 1e6) / 1e6
];

/**
 * The part of the street in front of a unit (门前三包, issue 15 item 2): the unit's door
 * projected onto its road segment, and `halfWidthM` of the segment either side of that
 * point, clipped at the segment's ends. Distances are along the line on the sphere.
 */
export function frontageLine(
	door: readonly [number, number],
	segment: LineString,
	halfWidthM = DEFAULT_FRONTAGE_HALF_WIDTH_M
): FrontageLine {
	const line = lineString(segment.coordinates);
	const totalM = length(line, { units: 'meters' });
	const at = nearestPointOnLine(line, point([door[0], door[1]]), { units: 'meters' });
	const alongM = at.properties.location ?? 0;
	const fromM = Math.max(0, alongM - halfWidthM);
	const toM = Math.min(totalM, alongM + halfWidthM);
	const slice = lineSliceAlong(line, fromM, toM, { units: 'meters' });
	return {
		geometry: { type: 'LineString', coordinates: slice.geometry.coordinates.map(round6) },
		lengthM: Math.round((toM - fromM) * 10) / 10
	};
}
