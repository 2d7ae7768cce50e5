import { haversineM } from '../routing/geo-distance';

/** One fix of a patrol's track as stored. */
export type TrackFix = {
	seq: number;
	lng: number;
	lat: number;
	accuracyM: number | null;
};

/** A fix worse than `maxAccuracyM` is not kept; a fix without a reported accuracy is. */
export const isKeptFix = (fix: Pick<TrackFix, 'accuracyM'>, maxAccuracyM: number) =>
	fix.accuracyM === null || fix.accuracyM <= maxAccuracyM;

/** Metres walked along the fixes in `seq` order (great-circle legs summed). */
export function trackLengthM(fixes: readonly TrackFix[]): number {
	const ordered = [...fixes].sort((a, b) => a.seq - b.seq);
	let sum = 0;
	for (let i = 1; i < ordered.length; i++) {
		const a = ordered[i - 1];
		const b = ordered[i];
		sum += haversineM(a.lng, a.lat, b.lng, b.lat);
	}
	return sum;
}
