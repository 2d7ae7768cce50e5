import { parsePeriod, type Period } from '../periods/parse-period';

/** Most time slices one emerging analysis takes: five years of months. */
export const MAX_EMERGING_SLICES = 60;
/** Mann–Kendall says nothing about fewer values than this. */
export const MIN_SLICES = 3;
/** Esri asks for at least ten slices before trusting the trend test. */
export const MIN_RELIABLE_SLICES = 10;

/**
 * Consecutive whole month or season periods inside `from`..`to`. A slice that the window
 * cuts is left out: a season with one month of records would look like a cold spot.
 */
export function listSlices(from: string, to: string, slice: 'month' | 'season'): Period[] {
	const out: Period[] = [];
	let y = Number(from.slice(0, 4));
	let m = Number(from.slice(5, 7));
	if (slice === 'season') {
		// Jan and Feb belong to the previous year's winter (Dec–Feb).
		if (m <= 2) {
			y -= 1;
			m = 12;
		} else m = m - ((m - 3) % 3);
	}
	const step = slice === 'month' ? 1 : 3;
	const seasonName = (month: number) =>
		({ 3: 'spring', 6: 'summer', 9: 'autumn', 12: 'winter' })[month]!;
	for (;;) {
		const id = slice === 'month' ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${seasonName(m)}`;
		const period = parsePeriod(id, [], 'any');
		if (period.to > to) break;
		if (period.from >= from) out.push(period);
		if (out.length > MAX_EMERGING_SLICES) break;
		m += step;
		if (m > 12) {
			m -= 12;
			y += 1;
		}
	}
	return out;
}
