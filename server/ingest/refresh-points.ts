import { appendRows } from '../db/append';
import type { Transaction } from '../db/database';
import { computeRecurrence } from '../domain/enrichment/recurrence';
import {
	BLIND_SPOT_PLACES_SQL,
	ENRICHED_POINT_TABLES,
	ENRICHMENT_COLUMNS
} from '../queries/imports';
import { loadPointEnricher } from './enrichment-store';

/**
 * Recurrence of every blind spot, recomputed over all stored reports (an imported report can
 * make an older one's place a repeat, or an earlier report of an imported one). Returns how
 * many rows changed.
 */
export async function refreshRecurrence(tx: Transaction): Promise<number> {
	const places = await tx.query<{
		id: string;
		lng: number;
		lat: number;
		at: string;
		recurrence: number;
	}>(BLIND_SPOT_PLACES_SQL);
	const next = computeRecurrence(places);
	const changed = places.filter((p) => next.get(p.id) !== p.recurrence);
	if (!changed.length) return 0;
	await tx.run('CREATE TEMP TABLE import_recurrence (id VARCHAR, recurrence INTEGER)');
	await appendRows(
		tx.connection,
		'import_recurrence',
		[
			['id', 'text', (p) => p.id],
			['recurrence', 'integer', (p) => next.get(p.id)]
		],
		changed
	);
	await tx.run(
		`UPDATE blind_spots SET recurrence = r.recurrence FROM import_recurrence r WHERE blind_spots.id = r.id`
	);
	await tx.run('DROP TABLE import_recurrence');
	return changed.length;
}

/**
 * After zones or roads change, every stored point's zone, grid and nearest road are computed
 * again, so layers, density and hotspots never mix old and new boundaries.
 */
export async function refreshPointEnrichment(tx: Transaction): Promise<void> {
	const enrich = await loadPointEnricher(tx);
	for (const table of ENRICHED_POINT_TABLES) {
		const points = await tx.query<{ id: string; lng: number; lat: number }>(
			`SELECT id, lng, lat FROM ${table}`
		);
		if (!points.length) continue;
		const staging = `import_enrichment_${table}`;
		await tx.run(
			`CREATE TEMP TABLE ${staging} (id VARCHAR, zone_id VARCHAR, grid_id VARCHAR, segment_id VARCHAR, segment_distance_m DOUBLE)`
		);
		await appendRows(
			tx.connection,
			staging,
			[
				['id', 'text', (p) => p.id],
				['zone_id', 'text', (p) => p.e.zoneId],
				['grid_id', 'text', (p) => p.e.gridId],
				['segment_id', 'text', (p) => p.e.segmentId],
				['segment_distance_m', 'double', (p) => p.e.segmentDistanceM]
			],
			points.map((p) => ({ id: p.id, e: enrich(p.lng, p.lat) }))
		);
		const set = ENRICHMENT_COLUMNS[table].map((c) => `${c} = s.${c}`).join(', ');
		await tx.run(`UPDATE ${table} SET ${set} FROM ${staging} s WHERE ${table}.id = s.id`);
		await tx.run(`DROP TABLE ${staging}`);
	}
}
