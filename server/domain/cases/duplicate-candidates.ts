/**
 * Duplicate reports (issue 14 item 7): a new report of the same category within
 * DUPLICATE_RADIUS_M of an open case is offered for merging into it, nearest first. Offered,
 * never merged automatically: two overflowing bins 40 m apart are two cases.
 */
import { distance } from '@turf/turf';
import { isOpenCaseStatus, type CaseStatus } from '../../contract/case-states';

/** Issue 14: "within 50 m"; wider than phone GPS scatter (~10–30 m), inclusive. */
export const DUPLICATE_RADIUS_M = 50;

export interface ReportPoint {
	/** Absent for a report not stored yet. */
	id?: string;
	category: string;
	lng: number;
	lat: number;
}

export interface DuplicateCandidate {
	id: string;
	/** Great-circle distance, rounded to 0.1 m. */
	distanceM: number;
}

export function findDuplicateCandidates(
	report: ReportPoint,
	cases: readonly (ReportPoint & { id: string; status: CaseStatus })[]
): DuplicateCandidate[] {
	return cases
		.filter(
			(c) => c.id !== report.id && c.category === report.category && isOpenCaseStatus(c.status)
		)
		.map((c) => ({
			id: c.id,
			exact: distance([report.lng, report.lat], [c.lng, c.lat], { units: 'meters' })
		}))
		.filter((c) => c.exact <= DUPLICATE_RADIUS_M)
		.sort((a, b) => a.exact - b.exact || (a.id < b.id ? -1 : 1))
		.map((c) => ({ id: c.id, distanceM: Math.round(c.exact * 10) / 10 }));
}
