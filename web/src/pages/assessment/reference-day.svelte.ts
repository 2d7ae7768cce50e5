/**
 * The day the 考核 pages open on: today, or the last day the town has records of when that is
 * earlier (/api/meta's dateRange, inspections included). An office that last inspected in
 * March, or the demo town whose records end on 2025-12-31, then opens on a period with scores
 * instead of an empty one. A period in the link always wins.
 */
import { createApiClient } from '../../api/client';
import { missingData, type MissingData } from '../../state/dataset-empty';
import { shanghaiToday } from '../patrols/format';

export function referenceDay(today: string, lastRecord: string | null): string {
	return lastRecord !== null && lastRecord < today ? lastRecord : today;
}

/** The last month that has ended by `day`'s reckoning: its own month if today is past it. */
export function lastEndedMonth(day: string, today: string): string {
	const month = day.slice(0, 7);
	if (month < today.slice(0, 7)) return month;
	const [y, m] = month.split('-').map(Number);
	return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Loads the reference day once; `day` is null until it is known. */
export class ReferenceDay {
	day = $state<string | null>(null);
	/** What the install lacks (an empty one has no roads to rank), null once it has records. */
	missing = $state<MissingData>(null);

	constructor() {
		const today = shanghaiToday();
		createApiClient()
			.meta()
			.then((meta) => {
				this.day = referenceDay(today, meta.dateRange?.to ?? null);
				this.missing = missingData(meta);
			})
			.catch(() => (this.day = today));
	}
}
