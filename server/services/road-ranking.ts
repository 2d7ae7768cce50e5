import { ROAD_SNAP_M, type RoadRankingQuery } from '../contract/hotspots';
import type { Database } from '../db/database';
import { rankRoadSegments, type RoadReports } from '../domain/hotspots/road-ranking';
import { BadRequestError } from '../errors';
import { crossStreets, type NetworkSegment } from '../domain/hotspots/cross-streets';
import { buildRoadReportsQuery, KEY_GROUPS_SQL, ROAD_NETWORK_SQL } from '../queries/hotspots-roads';
import { assertKnownCodes } from './known-codes';
import { quoteValue } from '../contract/quote';

/** Road segments ranked by reports per 100 m, and each segment's geometry (GeoJSON text). */
export async function rankRoads(db: Database, q: RoadRankingQuery) {
	if (q.category) await assertKnownCodes(db, 'blind_spot_categories', 'category', q.category);
	if (q.keyGroup) {
		const groups = (await db.query<{ keyGroup: string }>(KEY_GROUPS_SQL)).map((g) => g.keyGroup);
		if (!groups.includes(q.keyGroup)) {
			throw new BadRequestError(
				`keyGroup: no road segments in ${quoteValue(q.keyGroup)}; key groups are ${groups.join(', ') || '(none)'}`,
				{ parameter: 'keyGroup' }
			);
		}
	}
	const { sql, params } = buildRoadReportsQuery({ ...q, snapM: ROAD_SNAP_M });
	const rows = await db.query<Omit<RoadReports, 'from' | 'to'> & { geometry: string }>(sql, params);
	const geometries = new Map(rows.map((r) => [r.id, r.geometry]));
	const network = await db.query<Omit<NetworkSegment, 'geometry'> & { geometry: string }>(
		ROAD_NETWORK_SQL
	);
	const ends = crossStreets(network.map((s) => ({ ...s, geometry: JSON.parse(s.geometry) })));
	const segments = rankRoadSegments(
		rows.map(({ geometry: _, ...r }) => ({
			...r,
			...(ends.get(r.id) ?? { from: null, to: null })
		}))
	);
	return { segments, geometries };
}
