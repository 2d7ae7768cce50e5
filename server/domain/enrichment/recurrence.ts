import Flatbush from 'flatbush';
import { distance } from '@turf/turf';

/** Reports closer than this are the same place (a GPS fix on a phone is good to ~10–20 m). */
export const RECURRENCE_RADIUS_M = 30;

export interface TimedPoint {
	id: string;
	lng: number;
	lat: number;
	/** ISO date-time; compared as text, so all must share one format. */
	at: string;
}

/**
 * How many times each place has been reported up to and including each report: 1 for a
 * first report, n for the n-th report within `RECURRENCE_RADIUS_M` of it. Ties in time are
 * broken by id so the result does not depend on input order.
 */
export function computeRecurrence(points: readonly TimedPoint[]): Map<string, number> {
	const out = new Map<string, number>();
	if (points.length === 0) return out;
	const index = new Flatbush(points.length);
	for (const p of points) index.add(p.lng, p.lat, p.lng, p.lat);
	index.finish();
	const dLat = RECURRENCE_RADIUS_M / 111_320;
	for (const p of points) {
		const dLng = dLat / Math.cos((p.lat * Math.PI) / 180);
		let n = 0;
		for (const j of index.search(p.lng - dLng, p.lat - dLat, p.lng + dLng, p.lat + dLat)) {
			const q = points[j];
			const earlierOrSame = q.at < p.at || (q.at === p.at && q.id <= p.id);
			if (
				earlierOrSame &&
				distance([p.lng, p.lat], [q.lng, q.lat], { units: 'meters' }) <= RECURRENCE_RADIUS_M
			)
				n++;
		}
		out.set(p.id, n);
	}
	return out;
}
