import type { BlindSpotStatus } from '../../../server/contract/records';

/** The contract's code lists, imported as values: records.ts is zod-free. */
export {
	BLIND_SPOT_STATUSES,
	PESTS,
	POI_KINDS,
	ZONE_KINDS,
	type BlindSpotStatus,
	type Pest,
	type PoiKind,
	type ZoneKind
} from '../../../server/contract/records';

/** Statuses of a case still waiting for work; the map emphasises them. */
export const OPEN_STATUSES: readonly BlindSpotStatus[] = ['reported', 'dispatched', 'processing'];
