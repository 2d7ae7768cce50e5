import type { BlindSpotStatus, Pest, PoiKind, ZoneKind } from '../../../server/contract/records';

/**
 * The contract's enums as runtime lists. The contract is imported as types only, so these are
 * restated here; the `Exact` checks make a code added to (or dropped from) the contract a type
 * error in this file.
 */
type Exact<List extends readonly string[], Union extends string> = [Union] extends [List[number]]
	? List
	: never;

const pests = ['rat', 'mosquito', 'fly', 'cockroach'] as const satisfies readonly Pest[];
export const PESTS: Exact<typeof pests, Pest> = pests;

const statuses = [
	'reported',
	'dispatched',
	'processing',
	'closed'
] as const satisfies readonly BlindSpotStatus[];
export const BLIND_SPOT_STATUSES: Exact<typeof statuses, BlindSpotStatus> = statuses;

/** Statuses of a case still waiting for work; the map emphasises them. */
export const OPEN_STATUSES: readonly BlindSpotStatus[] = ['reported', 'dispatched', 'processing'];

const poiKinds = [
	'market',
	'restaurant',
	'garbage_station',
	'toilet',
	'school',
	'hospital',
	'water_body',
	'construction'
] as const satisfies readonly PoiKind[];
export const POI_KINDS: Exact<typeof poiKinds, PoiKind> = poiKinds;

const zoneKinds = [
	'district',
	'street',
	'community',
	'village',
	'grid',
	'key_area',
	'frontage'
] as const satisfies readonly ZoneKind[];
export const ZONE_KINDS: Exact<typeof zoneKinds, ZoneKind> = zoneKinds;

export type { BlindSpotStatus, Pest, PoiKind, ZoneKind };
