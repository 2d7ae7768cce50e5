/** SQL of the dengue-season week (issue 17 lane B): Aedes survey sums by community, road and site. */
import { DENGUE_METHODS } from '../contract/dengue';
import { BREEDING_POI_KINDS } from '../domain/routing/target-service';
import { withinFromTo } from './clauses';
import type { SqlQuery } from './layers';

const methods = () => [...DENGUE_METHODS];

/** Sums per community/village, method and day within `from`..`to`. */
export function buildDengueZoneSumsQuery(from: string, to: string): SqlQuery {
	return {
		sql: `SELECT zone_id AS unit, method, strftime(surveyed_at, '%Y-%m-%d') AS date,
				sum(count) AS count, sum(effort) AS effort
			FROM surveys WHERE list_contains($methods, method) AND zone_id IS NOT NULL
				AND ${withinFromTo('surveyed_at')}
			GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
		params: { methods: methods(), from, to }
	};
}

/** BI sums per road (by the segment each survey was snapped to) and day within `from`..`to`. */
export function buildDengueRoadSumsQuery(from: string, to: string): SqlQuery {
	return {
		sql: `SELECT r.road_id AS unit, min(r.name) AS name, s.method, strftime(s.surveyed_at, '%Y-%m-%d') AS date,
				sum(s.count) AS count, sum(s.effort) AS effort, list(DISTINCT r.geometry) AS geometries
			FROM surveys s JOIN road_segments r ON r.id = s.segment_id
			WHERE s.method = 'mosquito.breteau' AND ${withinFromTo('s.surveyed_at')}
			GROUP BY 1, 3, 4 ORDER BY 1, 3, 4`,
		params: { from, to }
	};
}

/** Sites with a positive BI, CI or MOI survey in `from`..`to`, with the road they were snapped to. */
export function buildPositiveSitesQuery(from: string, to: string): SqlQuery {
	return {
		sql: `SELECT s.site_id AS id, min(s.habitat) AS habitat, avg(s.lng) AS lng, avg(s.lat) AS lat,
				sum(s.count) AS count, min(r.road_id) AS "roadId", min(r.name) AS "roadName"
			FROM surveys s LEFT JOIN road_segments r ON r.id = s.segment_id
			WHERE list_contains($methods, s.method) AND s.count > 0 AND ${withinFromTo('s.surveyed_at')}
			GROUP BY s.site_id ORDER BY s.site_id`,
		params: { methods: methods(), from, to }
	};
}

/** Breeding-site POIs (ponds, garbage stations, markets, toilets) inside a bbox. */
export function buildBreedingPoisQuery(bbox: [number, number, number, number]): SqlQuery {
	return {
		sql: `SELECT id, kind, name AS label, lng, lat FROM pois
			WHERE list_contains($kinds, kind) AND lng BETWEEN $minx AND $maxx AND lat BETWEEN $miny AND $maxy
			ORDER BY id`,
		params: {
			kinds: [...BREEDING_POI_KINDS],
			minx: bbox[0],
			miny: bbox[1],
			maxx: bbox[2],
			maxy: bbox[3]
		}
	};
}

/** The last day with a BI or MOI survey. */
export const LATEST_AEDES_DAY_SQL = `SELECT strftime(max(surveyed_at), '%Y-%m-%d') AS day FROM surveys
	WHERE method IN ('mosquito.breteau', 'mosquito.ovitrap')`;

export const DENGUE_ZONES_SQL = `SELECT id, name, kind, geometry FROM zones
	WHERE kind IN ('community', 'village') ORDER BY id`;

export const DENGUE_SEASON_SQL = `SELECT value FROM dataset_meta WHERE key = 'dengue_season'`;
