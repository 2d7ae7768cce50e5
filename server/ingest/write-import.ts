import { area, feature, length } from '@turf/turf';
import { DATA_WRITES } from '../contract/audit-actions';
import { appendRows } from '../db/append';
import type { Database, Transaction } from '../db/database';
import type { ImportRecords } from '../domain/imports/build-records';
import type { ImportKind } from '../domain/imports/import-fields';
import { buildDeleteIdsQuery, buildExistingIdsQuery } from '../queries/imports';
import type { Actor } from '../services/actor';
import { recordAudit } from '../services/audit';
import { computeGeometryBbox } from '$geo/bbox';
import type { PreEnrichment } from './check-import';
import { createLayerEnricher, loadEnrichmentLayers } from './enrichment-store';
import { refreshPointEnrichment, refreshRecurrence } from './refresh-points';
import { syncCases } from './sync-cases';
import type { ResponsibilityView } from '../contract/responsibility';
import { formatLocalTime } from '../domain/routing/local-time';
import { CURRENT_RESPONSIBILITY_SQL } from '../queries/responsibilities';
import { applyLedgerRow, isNewHolder } from '../services/responsibilities';
import {
	blindSpotColumns,
	poiColumns,
	roadColumns,
	sprayEventColumns,
	surveyColumns,
	zoneColumns
} from './table-columns';
import { ATTACH_LONE_KEY_AREA_SQL, ENSURE_KEY_GROUPS_SQL } from '../queries/key-groups';

/**
 * Ids per existence query: one bound list of 200,000 ids kept the event loop for seconds
 * while DuckDB's binding copied it; slices let other requests in between.
 */
const ID_SLICE = 2_000;

export interface WriteSummary {
	inserted: number;
	updated: number;
}

/** Who imports which file, for the audit row the import appends. */
export interface ImportSource {
	actor: Actor;
	filename: string;
}

/**
 * Upserts checked records by id in one transaction: rows whose id is stored are replaced
 * (counted as updated), the rest inserted. Points are enriched against the stored zones and
 * roads — by the worker that checked them (`enrichment`) when the zones and roads have not
 * changed since, else here; blind-spot recurrence is recomputed; new zones or roads
 * re-enrich stored points. The audit row records the file and the counts, not the rows: an
 * import may hold 200,000 of them, and the file itself is the record (docs/decisions.md).
 */
export function writeImport<K extends ImportKind>(
	db: Database,
	source: ImportSource,
	kind: K,
	records: readonly ImportRecords[K][],
	enrichment: PreEnrichment | null = null
): Promise<WriteSummary> {
	if (kind === 'responsibility') {
		return writeLedger(db, source, records as readonly ImportRecords['responsibility'][]);
	}
	return db.transaction(async (tx) => {
		const existing = await findExisting(tx, kind, records);
		for (const ids of idSlices(existing.map((r) => r.id)))
			await tx.run(buildDeleteIdsQuery(kind), { ids });
		await appendRecords(tx, kind, records, enrichment);
		if (kind === 'blindspots') {
			await refreshRecurrence(tx);
			await syncCases(tx);
		}
		if (kind === 'zones' || kind === 'roads') await refreshPointEnrichment(tx);
		const summary = { inserted: records.length - existing.length, updated: existing.length };
		await recordAudit(tx, source.actor, {
			...DATA_WRITES.importCommit,
			entityId: kind,
			after: { kind, file: source.filename, ...summary }
		});
		return summary;
	});
}

/** What an import would do, without writing: a dry run. */
export async function countExisting<K extends ImportKind>(
	db: Database,
	kind: K,
	records: readonly ImportRecords[K][]
): Promise<WriteSummary> {
	if (kind === 'responsibility') {
		return countLedger(db, records as readonly ImportRecords['responsibility'][]);
	}
	const existing = await findExisting(db, kind, records);
	return { inserted: records.length - existing.length, updated: existing.length };
}

function idSlices(ids: string[]): string[][] {
	const slices: string[][] = [];
	for (let at = 0; at < ids.length; at += ID_SLICE) slices.push(ids.slice(at, at + ID_SLICE));
	return slices;
}

async function findExisting(
	db: Pick<Transaction, 'query'>,
	kind: ImportKind,
	records: readonly { id: string }[]
): Promise<{ id: string }[]> {
	const found: { id: string }[] = [];
	for (const ids of idSlices(records.map((r) => r.id)))
		found.push(...(await db.query<{ id: string }>(buildExistingIdsQuery(kind), { ids })));
	return found;
}

type Appender<K extends ImportKind> = (
	tx: Transaction,
	records: readonly ImportRecords[K][],
	enrichment: PreEnrichment | null
) => Promise<unknown>;

/**
 * Points with their zone, grid, H3 cells and nearest road (design.md §1, once, at write
 * time): the worker's enrichment when it used the zones and roads stored now, else computed
 * here. Rows are merged one by one as the appender reads them.
 */
async function enrichAll<R extends { lng: number; lat: number }>(
	tx: Transaction,
	records: readonly R[],
	enrichment: PreEnrichment | null
) {
	const layers = await loadEnrichmentLayers(tx);
	if (enrichment?.fingerprint === layers.fingerprint) {
		const pre = enrichment.records;
		return mapLazily(records, (r, k) => ({ ...r, ...pre[k] }));
	}
	const enrich = createLayerEnricher(layers);
	return records.map((r) => ({ ...r, ...enrich(r.lng, r.lat) }));
}

function* mapLazily<T, U>(items: readonly T[], f: (item: T, k: number) => U): Iterable<U> {
	for (let k = 0; k < items.length; k++) yield f(items[k], k);
}

const APPENDERS: { [K in ImportKind]: Appender<K> } = {
	// A town whose one group has no key area yet gets the one key area a zones file brings.
	zones: async (tx, zones) => {
		const written = await appendRows(
			tx.connection,
			'zones',
			zoneColumns,
			zones.map((z) => ({ ...z, areaM2: area(z.geometry), bbox: computeGeometryBbox(z.geometry) }))
		);
		await tx.run(ATTACH_LONE_KEY_AREA_SQL);
		return written;
	},
	// A key-group name the file brings (重点路段组 column) becomes a group the admin can edit.
	roads: async (tx, roads) => {
		const written = await appendRows(
			tx.connection,
			'road_segments',
			roadColumns,
			roads.map((r) => ({
				...r,
				lengthM: length(feature(r.geometry), { units: 'meters' }),
				bbox: computeGeometryBbox(r.geometry)
			}))
		);
		await tx.run(ENSURE_KEY_GROUPS_SQL);
		await tx.run(ATTACH_LONE_KEY_AREA_SQL);
		return written;
	},
	surveys: async (tx, rows, pre) =>
		appendRows(tx.connection, 'surveys', surveyColumns, await enrichAll(tx, rows, pre)),
	// Recurrence is set for every blind spot right after, by refreshRecurrence.
	blindspots: async (tx, rows, pre) =>
		appendRows(
			tx.connection,
			'blind_spots',
			blindSpotColumns,
			mapLazily([...(await enrichAll(tx, rows, pre))], (b) => ({ ...b, recurrence: 1 }))
		),
	pois: async (tx, rows, pre) =>
		appendRows(tx.connection, 'pois', poiColumns, await enrichAll(tx, rows, pre)),
	sprays: async (tx, rows, pre) =>
		appendRows(tx.connection, 'spray_events', sprayEventColumns, await enrichAll(tx, rows, pre)),
	// The ledger is written by writeLedger (history rows, not an upsert by id).
	responsibility: () => Promise.resolve()
};

/**
 * The responsibility ledger (issue 15 item 1), in one transaction with one audit row: a place
 * without a current holder gets one (inserted); a place whose holder changes has the old row
 * closed now and a new one started (inserted: history kept); the same holder's row is brought
 * up to date in place (updated).
 */
function writeLedger(
	db: Database,
	source: ImportSource,
	records: readonly ImportRecords['responsibility'][]
): Promise<WriteSummary> {
	const at = formatLocalTime(new Date());
	return db.transaction(async (tx) => {
		const summary = { inserted: 0, updated: 0 };
		for (const r of records) {
			const { change } = await applyLedgerRow(tx, r, at, source.actor.username);
			if (change === 'updated') summary.updated++;
			else summary.inserted++;
		}
		await recordAudit(tx, source.actor, {
			...DATA_WRITES.importCommit,
			entityId: 'responsibility',
			after: { kind: 'responsibility', file: source.filename, ...summary }
		});
		return summary;
	});
}

async function countLedger(
	db: Database,
	records: readonly ImportRecords['responsibility'][]
): Promise<WriteSummary> {
	const summary = { inserted: 0, updated: 0 };
	for (const r of records) {
		const [current] = await db.query<ResponsibilityView & Record<string, unknown>>(
			CURRENT_RESPONSIBILITY_SQL,
			{ kind: r.targetKind, target: r.targetId }
		);
		if (current && !isNewHolder(current, r)) summary.updated++;
		else summary.inserted++;
	}
	return summary;
}

function appendRecords<K extends ImportKind>(
	tx: Transaction,
	kind: K,
	records: readonly ImportRecords[K][],
	enrichment: PreEnrichment | null
): Promise<unknown> {
	return (APPENDERS[kind] as Appender<K>)(tx, records, enrichment);
}
