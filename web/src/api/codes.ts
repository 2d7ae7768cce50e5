import {
	CASE_STATUSES,
	isOpenCaseStatus,
	type CaseStatus
} from '../../../server/contract/case-states';

/** The contract's code lists, imported as values: records.ts is zod-free. */
export {
	PESTS,
	POI_KINDS,
	ZONE_KINDS,
	type Pest,
	type PoiKind,
	type ZoneKind
} from '../../../server/contract/records';

/** Case statuses (issue 14): eight codes, of which the blind-spot layer's four are a part. */
export {
	CASE_STATUSES,
	isOpenCaseStatus,
	type CaseStatus
} from '../../../server/contract/case-states';

/** Statuses of a case still waiting for work; the map emphasises them. */
export const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter(isOpenCaseStatus);
