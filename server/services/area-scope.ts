import { AREA_BOUND_ROLES } from '../contract/accounts';
import type { Actor } from './actor';

/**
 * The zones bounding what an actor reads on a `bound: 'zones'` route (contract/permissions.ts):
 * an area-bound role's zones and, in the queries, every zone below them. Null is the whole
 * town: office roles, and an area-bound user no zone was given to (contract: empty = town).
 */
export function areaOf(actor: Actor): readonly string[] | null {
	return AREA_BOUND_ROLES.includes(actor.role) && actor.zones.length ? actor.zones : null;
}
