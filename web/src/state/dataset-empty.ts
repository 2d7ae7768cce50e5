import type { DatasetMeta } from '../../../server/contract/layers';

/** What an install still lacks: everything, the records, or nothing. */
export type MissingData = 'all' | 'records' | null;

/**
 * An empty install (`SANIMAP_DEMO=0`) has no zones and no dated records; one with only zones
 * and roads imported has a map but nothing to count, compare or route to.
 */
export function missingData(meta: Pick<DatasetMeta, 'bbox' | 'dateRange'>): MissingData {
	const noRecords = meta.dateRange.from === null && meta.dateRange.to === null;
	if (!noRecords) return null;
	return meta.bbox === null ? 'all' : 'records';
}
