import { area, feature, length } from '@turf/turf';
import type { Dataset } from '../contract/records';
import { appendRows } from '../db/append';
import type { Database, Transaction } from '../db/database';
import { createPointEnricher, type PointEnrichment } from '../domain/enrichment/point-enricher';
import { computeRecurrence } from '../domain/enrichment/recurrence';
import { deriveCampaigns } from '../domain/periods/derive-campaigns';
import { computeGeometryBbox } from '$geo/bbox';
import {
	blindSpotColumns,
	campaignColumns,
	poiColumns,
	roadColumns,
	sprayEventColumns,
	surveyColumns,
	zoneColumns
} from './table-columns';
import { syncCases } from './sync-cases';
import { ATTACH_LONE_KEY_AREA_SQL, ENSURE_KEY_GROUPS_SQL } from '../queries/key-groups';

export interface LoadSummary {
	zones: number;
	roads: number;
	pois: number;
	blindSpots: number;
	surveys: number;
	sprayEvents: number;
	campaigns: number;
}

/**
 * Writes a whole data set into empty tables in one transaction, enriching every point once
 * (zone, grid, H3, nearest road; recurrence for blind spots). Either all of it lands or none;
 * `alsoInTransaction` writes more in the same transaction (start-up's completion mark).
 */
export async function loadDataset(
	db: Database,
	data: Dataset,
	alsoInTransaction?: (tx: Transaction) => Promise<void>
): Promise<LoadSummary> {
	const enrich = createPointEnricher(data.zones, data.roads);
	const withEnrichment = <T extends { lng: number; lat: number }>(rows: readonly T[]) =>
		rows.map((r) => ({ ...r, ...enrich(r.lng, r.lat) }) as T & PointEnrichment);
	const recurrence = computeRecurrence(
		data.blindSpots.map((b) => ({ id: b.id, lng: b.lng, lat: b.lat, at: b.reportedAt }))
	);

	return db.transaction(async (tx) => {
		const con = tx.connection;
		const meta: Record<string, string> = {
			name: data.meta.name,
			seed: String(data.meta.seed),
			synthetic: String(data.meta.synthetic),
			center: JSON.stringify(data.meta.center)
		};
		for (const [key, value] of Object.entries(meta)) {
			await tx.run(
				'INSERT INTO dataset_meta VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
				{ key, value }
			);
		}
		const zones = data.zones.map((z) => ({
			...z,
			areaM2: area(z.geometry),
			bbox: computeGeometryBbox(z.geometry)
		}));
		const roads = data.roads.map((r) => ({
			...r,
			lengthM: length(feature(r.geometry), { units: 'meters' }),
			bbox: computeGeometryBbox(r.geometry)
		}));
		const summary = {
			zones: await appendRows(con, 'zones', zoneColumns, zones),
			roads: await appendRows(con, 'road_segments', roadColumns, roads),
			pois: await appendRows(con, 'pois', poiColumns, withEnrichment(data.pois)),
			blindSpots: await appendRows(
				con,
				'blind_spots',
				blindSpotColumns,
				withEnrichment(data.blindSpots).map((b) => ({
					...b,
					recurrence: recurrence.get(b.id) ?? 1
				}))
			),
			surveys: await appendRows(con, 'surveys', surveyColumns, withEnrichment(data.surveys)),
			sprayEvents: await appendRows(
				con,
				'spray_events',
				sprayEventColumns,
				withEnrichment(data.sprayEvents)
			),
			campaigns: await appendRows(
				con,
				'campaigns',
				campaignColumns,
				deriveCampaigns(data.sprayEvents)
			)
		};
		await syncCases(tx);
		await tx.run(ENSURE_KEY_GROUPS_SQL);
		await tx.run(ATTACH_LONE_KEY_AREA_SQL);
		await alsoInTransaction?.(tx);
		return summary;
	});
}
