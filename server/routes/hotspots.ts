import { Hono } from 'hono';
import {
	hotspotQuerySchema,
	ROAD_SNAP_M,
	roadRankingQuerySchema,
	type RoadRankingQuery,
	type RoadRankingResponse
} from '../contract/hotspots';
import type { Database } from '../db/database';
import { rankRoadSegments, type RoadReports } from '../domain/hotspots/road-ranking';
import { BadRequestError } from '../errors';
import { formatRoadRankingCollection, roadRankingColumns } from '../format/road-ranking-export';
import { EXPORT_LABELS } from '../i18n/export-labels';
import { buildRoadReportsQuery, KEY_GROUPS_SQL } from '../queries/hotspots-roads';
import { computeHotspots } from './hotspots-compute';
import { sendTable } from './hotspots-export';
import { assertKnownCodes } from './known-codes';
import { validate } from './validation';

async function rankRoads(db: Database, q: RoadRankingQuery) {
	if (q.category) await assertKnownCodes(db, 'blind_spot_categories', 'category', q.category);
	if (q.keyGroup) {
		const groups = (await db.query<{ keyGroup: string }>(KEY_GROUPS_SQL)).map((g) => g.keyGroup);
		if (!groups.includes(q.keyGroup)) {
			throw new BadRequestError(
				`keyGroup: no road segments in "${q.keyGroup}"; key groups are ${groups.join(', ') || '(none)'}`,
				{ parameter: 'keyGroup' }
			);
		}
	}
	const { sql, params } = buildRoadReportsQuery({ ...q, snapM: ROAD_SNAP_M });
	const rows = await db.query<RoadReports & { geometry: string }>(sql, params);
	const geometries = new Map(rows.map((r) => [r.id, r.geometry]));
	const segments = rankRoadSegments(rows.map(({ geometry: _, ...r }) => r));
	return { segments, geometries };
}

/** `GET /api/hotspots` (Gi* cells) and `GET /api/hotspots/roads` (segments ranked by reports per 100 m). */
export function createHotspotRoutes(db: Database) {
	return new Hono()
		.get('/', validate('query', hotspotQuerySchema), async (c) => {
			const q = c.req.valid('query');
			if (q.category) await assertKnownCodes(db, 'blind_spot_categories', 'category', q.category);
			return c.json(await computeHotspots(db, q));
		})
		.get('/roads', validate('query', roadRankingQuerySchema), async (c) => {
			const q = c.req.valid('query');
			const { segments, geometries } = await rankRoads(db, q);
			if (q.format === 'geojson') {
				return c.json(formatRoadRankingCollection(segments, geometries), 200, {
					'content-type': 'application/geo+json; charset=utf-8'
				});
			}
			if (q.format === 'json') {
				const body: RoadRankingResponse = {
					snapM: ROAD_SNAP_M,
					from: q.from ?? null,
					to: q.to ?? null,
					keyGroup: q.keyGroup ?? null,
					segments
				};
				return c.json(body);
			}
			const labels = EXPORT_LABELS[q.lang];
			return sendTable(c, {
				format: q.format,
				columns: roadRankingColumns(labels),
				rows: segments,
				sheet: labels.roadSheet,
				name: `sanimap-roads-${q.keyGroup ? 'key' : 'all'}-${q.from ?? 'all'}-${q.to ?? 'all'}`
			});
		});
}
