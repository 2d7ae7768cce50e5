import type { Pest } from '../contract/records';
import { BREEDING_POI_KINDS } from '../domain/routing/target-service';
import { addDateWindow, isOpenCase } from './clauses';
import type { SqlQuery } from './layers';

/** Zone filter on the stored enrichment: a community/village id or a grid id. */
function zoneFilter(zone: string | undefined, where: string[], params: SqlQuery['params']) {
	if (!zone) return;
	where.push('(zone_id = $zone OR grid_id = $zone)');
	params.zone = zone;
}

/** Blind spots not yet closed: candidate stops for a rectification-and-spray round. */
export function buildOpenBlindSpotsQuery(zone: string | undefined, cap: number): SqlQuery {
	const where = [isOpenCase()];
	const params: SqlQuery['params'] = { cap: cap + 1 };
	zoneFilter(zone, where, params);
	return {
		sql: `SELECT id, category AS label, category, description, lng, lat FROM blind_spots WHERE ${where.join(' AND ')}
			ORDER BY reported_at, id LIMIT $cap`,
		params
	};
}

/** Breeding-site POIs (ponds, garbage stations, markets, public toilets). */
export function buildBreedingSitesQuery(zone: string | undefined, cap: number): SqlQuery {
	const where = ['list_contains($kinds, kind)'];
	const params: SqlQuery['params'] = { kinds: [...BREEDING_POI_KINDS], cap: cap + 1 };
	zoneFilter(zone, where, params);
	return {
		sql: `SELECT id, kind, name AS label, lng, lat FROM pois WHERE ${where.join(' AND ')}
			ORDER BY kind, id LIMIT $cap`,
		params
	};
}

/**
 * Raw sums per survey site and method (graded in TypeScript as density is), with the
 * site's mean position and pest. Sites are graded per pest; without `pest`, every pest.
 */
export function buildSurveySiteSumsQuery(q: {
	pest?: Pest;
	zone?: string;
	from?: string;
	to?: string;
}): SqlQuery {
	const where = ['true'];
	const params: SqlQuery['params'] = {};
	if (q.pest) {
		where.push('pest = $pest');
		params.pest = q.pest;
	}
	zoneFilter(q.zone, where, params);
	addDateWindow(where, params, 'surveyed_at', q);
	return {
		sql: `SELECT site_id AS unit, pest, method, sum(count) AS count, sum(effort) AS effort,
			sum(count2) AS count2, avg(lng) AS lng, avg(lat) AS lat, min(habitat) AS habitat
			FROM surveys WHERE ${where.join(' AND ')} GROUP BY site_id, pest, method
			ORDER BY site_id, pest, method`,
		params
	};
}
