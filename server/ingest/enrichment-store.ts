import type { LineString, MultiPolygon, Polygon } from 'geojson';
import { createHash } from 'node:crypto';
import type { Transaction } from '../db/database';
import { createPointEnricher } from '../domain/enrichment/point-enricher';
import { ENRICHMENT_ROADS_SQL, ENRICHMENT_ZONES_SQL } from '../queries/imports';

/** The stored zones and roads as rows (geometry as GeoJSON text): plain data for a worker. */
export interface EnrichmentLayers {
	zones: { id: string; kind: string; geometry: string }[];
	roads: { id: string; geometry: string }[];
	/** A hash of both, so a writer can tell whether they changed since they were read. */
	fingerprint: string;
}

/** Reads the zones and roads points are enriched against (inside a transaction or not). */
export async function loadEnrichmentLayers(
	db: Pick<Transaction, 'query'>
): Promise<EnrichmentLayers> {
	const zones = await db.query<{ id: string; kind: string; geometry: string }>(
		ENRICHMENT_ZONES_SQL
	);
	const roads = await db.query<{ id: string; geometry: string }>(ENRICHMENT_ROADS_SQL);
	const hash = createHash('sha256');
	for (const z of zones) hash.update(`${z.id}\u0000${z.kind}\u0000${z.geometry}\u0000`);
	hash.update('\u0001');
	for (const r of roads) hash.update(`${r.id}\u0000${r.geometry}\u0000`);
	return { zones, roads, fingerprint: hash.digest('hex') };
}

/** The write-time enricher over those layers (pure; runs in a worker or in the writer). */
export function createLayerEnricher(layers: EnrichmentLayers) {
	return createPointEnricher(
		layers.zones.map((z) => ({
			id: z.id,
			kind: z.kind,
			geometry: JSON.parse(z.geometry) as Polygon | MultiPolygon
		})),
		layers.roads.map((r) => ({ id: r.id, geometry: JSON.parse(r.geometry) as LineString }))
	);
}

/** The write-time enricher over the zones and roads stored now (inside the transaction). */
export async function loadPointEnricher(tx: Transaction) {
	return createLayerEnricher(await loadEnrichmentLayers(tx));
}
