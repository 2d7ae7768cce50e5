import { Hono } from 'hono';
import {
	type HotspotCellList,
	hotspotQuerySchema,
	ROAD_SNAP_M,
	type HotspotResponse,
	roadRankingQuerySchema,
	type RoadRankingResponse
} from '../contract/hotspots';
import type { Database } from '../db/database';
import { geojsonWriter, writeTable } from '../format/file-writers';
import { formatRoadRankingCollection, roadRankingColumns } from '../format/road-ranking-export';
import { withCellGeometry } from '../format/hotspot-geojson';
import { EXPORT_LABELS } from '../i18n/export-labels';
import { computeHotspots } from '../services/hotspots';
import { computeSiteHotspots } from '../services/site-hotspots';
import { assertKnownCodes } from '../services/known-codes';
import { rankRoads } from '../services/road-ranking';
import { sendFile } from './http/download';
import { validate } from './http/validation';

/** `GET /api/hotspots` (Gi* cells) and `GET /api/hotspots/roads` (segments ranked by reports per 100 m). */
export function createHotspotRoutes(db: Database) {
	return new Hono()
		.get('/', validate('query', hotspotQuerySchema), async (c) => {
			const q = c.req.valid('query');
			if (q.category) await assertKnownCodes(db, 'blind_spot_categories', 'category', q.category);
			if (q.neighbourhood !== 'h3') return c.json(await computeSiteHotspots(db, q));
			const cells: HotspotCellList = await computeHotspots(db, q);
			const body: HotspotResponse | HotspotCellList =
				q.format === 'cells' ? cells : withCellGeometry(cells);
			return c.json(body);
		})
		.get('/roads', validate('query', roadRankingQuerySchema), async (c) => {
			const q = c.req.valid('query');
			const { segments, geometries } = await rankRoads(db, q);
			if (q.format === 'geojson') {
				return c.json(formatRoadRankingCollection(segments, geometries), 200, {
					'content-type': geojsonWriter.contentType
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
			const table = {
				columns: roadRankingColumns(labels),
				rows: segments,
				sheet: labels.roadSheet
			};
			const name = `sanimap-roads-${q.keyGroup ? 'key' : 'all'}-${q.from ?? 'all'}-${q.to ?? 'all'}`;
			return sendFile(c, await writeTable(q.format, table, name));
		});
}
