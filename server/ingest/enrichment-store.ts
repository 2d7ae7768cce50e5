import type { LineString, MultiPolygon, Polygon } from 'geojson';
import type { Transaction } from '../db/database';
import { createPointEnricher } from '../domain/enrichment/point-enricher';
import { ENRICHMENT_ROADS_SQL, ENRICHMENT_ZONES_SQL } from '../queries/imports';

/** The write-time enricher over the zones and roads stored now (inside the transaction). */
export async function loadPointEnricher(tx: Transaction) {
	const zones = await tx.query<{ id: string; kind: string; geometry: string }>(
		ENRICHMENT_ZONES_SQL
	);
	const roads = await tx.query<{ id: string; geometry: string }>(ENRICHMENT_ROADS_SQL);
	return createPointEnricher(
		zones.map((z) => ({
			id: z.id,
			kind: z.kind,
			geometry: JSON.parse(z.geometry) as Polygon | MultiPolygon
		})),
		roads.map((r) => ({ id: r.id, geometry: JSON.parse(r.geometry) as LineString }))
	);
}
