import { area, feature, length } from '@turf/turf';
import { appendRows } from '../db/append';
import type { Database, Transaction } from '../db/database';
import type { ImportRecords } from '../domain/imports/build-records';
import type { ImportKind } from '../domain/imports/import-fields';
import { buildDeleteIdsQuery, buildExistingIdsQuery } from '../queries/imports';
import { computeGeometryBbox } from '$geo/bbox';
import { loadPointEnricher } from './enrichment-store';
import { refreshPointEnrichment, refreshRecurrence } from './refresh-points';
import {
	blindSpotColumns,
	poiColumns,
	roadColumns,
	sprayEventColumns,
	surveyColumns,
	zoneColumns
} from './table-columns';

export interface WriteSummary {
	inserted: number;
	updated: number;
}

/**
 * Upserts checked records by id in one transaction: rows whose id is stored are replaced
 * (counted as updated), the rest inserted. Points are enriched against the stored zones and
 * roads; blind-spot recurrence is recomputed; new zones or roads re-enrich stored points.
 */
export function writeImport<K extends ImportKind>(
	db: Database,
	kind: K,
	records: readonly ImportRecords[K][]
): Promise<WriteSummary> {
	return db.transaction(async (tx) => {
		const ids = records.map((r) => r.id);
		const existing = await tx.query<{ id: string }>(buildExistingIdsQuery(kind), { ids });
		if (existing.length) await tx.run(buildDeleteIdsQuery(kind), { ids });
		await appendRecords(tx, kind, records);
		if (kind === 'blindspots') await refreshRecurrence(tx);
		if (kind === 'zones' || kind === 'roads') await refreshPointEnrichment(tx);
		return { inserted: records.length - existing.length, updated: existing.length };
	});
}

/** What an import would do, without writing: a dry run. */
export async function countExisting<K extends ImportKind>(
	db: Database,
	kind: K,
	records: readonly ImportRecords[K][]
): Promise<WriteSummary> {
	const ids = records.map((r) => r.id);
	const existing = await db.query<{ id: string }>(buildExistingIdsQuery(kind), { ids });
	return { inserted: records.length - existing.length, updated: existing.length };
}

type Appender<K extends ImportKind> = (
	tx: Transaction,
	records: readonly ImportRecords[K][]
) => Promise<unknown>;

/** Enriches points against the stored zones and roads (design.md §1, once, at write time). */
async function enrichAll<R extends { lng: number; lat: number }>(
	tx: Transaction,
	records: readonly R[]
) {
	const enrich = await loadPointEnricher(tx);
	return records.map((r) => ({ ...r, ...enrich(r.lng, r.lat) }));
}

const APPENDERS: { [K in ImportKind]: Appender<K> } = {
	zones: (tx, zones) =>
		appendRows(
			tx.connection,
			'zones',
			zoneColumns,
			zones.map((z) => ({ ...z, areaM2: area(z.geometry), bbox: computeGeometryBbox(z.geometry) }))
		),
	roads: (tx, roads) =>
		appendRows(
			tx.connection,
			'road_segments',
			roadColumns,
			roads.map((r) => ({
				...r,
				lengthM: length(feature(r.geometry), { units: 'meters' }),
				bbox: computeGeometryBbox(r.geometry)
			}))
		),
	surveys: async (tx, rows) =>
		appendRows(tx.connection, 'surveys', surveyColumns, await enrichAll(tx, rows)),
	// Recurrence is set for every blind spot right after, by refreshRecurrence.
	blindspots: async (tx, rows) =>
		appendRows(
			tx.connection,
			'blind_spots',
			blindSpotColumns,
			(await enrichAll(tx, rows)).map((b) => ({ ...b, recurrence: 1 }))
		),
	pois: async (tx, rows) =>
		appendRows(tx.connection, 'pois', poiColumns, await enrichAll(tx, rows)),
	sprays: async (tx, rows) =>
		appendRows(tx.connection, 'spray_events', sprayEventColumns, await enrichAll(tx, rows))
};

function appendRecords<K extends ImportKind>(
	tx: Transaction,
	kind: K,
	records: readonly ImportRecords[K][]
): Promise<unknown> {
	return (APPENDERS[kind] as Appender<K>)(tx, records);
}
