import { along, length, lineString, point, pointToLineDistance } from '@turf/turf';
import type { LineString } from 'geojson';

/** Spacing of the points a drawn line is sampled at when measuring its offset (metres). */
const SAMPLE_STEP_M = 5;

/**
 * How far a drawn frontage line strays from its street at worst: the largest distance, in
 * metres, from a point of the line (its vertices and every SAMPLE_STEP_M along it) to the
 * nearest of the street's segments.
 */
export function farthestOffsetM(line: LineString, street: readonly LineString[]): number {
	const drawn = lineString(line.coordinates);
	const totalM = length(drawn, { units: 'meters' });
	const samples = [...line.coordinates];
	for (let m = SAMPLE_STEP_M; m < totalM; m += SAMPLE_STEP_M) {
		samples.push(along(drawn, m, { units: 'meters' }).geometry.coordinates);
	}
	const lines = street.map((s) => lineString(s.coordinates));
	let worst = 0;
	for (const p of samples) {
		const pt = point(p);
		const d = Math.min(...lines.map((l) => pointToLineDistance(pt, l, { units: 'meters' })));
		worst = Math.max(worst, d);
	}
	return worst;
}

/** Length of a line in metres, to 0.1 m. */
export function lineLengthM(line: LineString): number {
	return Math.round(length(lineString(line.coordinates), { units: 'meters' }) * 10) / 10;
}
