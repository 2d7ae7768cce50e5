/**
 * Writes the demo town's control facilities, their 2025 inspections and the standing targets
 * (issue 17 item 7, lane D) in the loader's transaction, after the frontage registry they are
 * tied to. The plan is demo-town/pest-facilities/ (pure).
 */
import type { LineString, Polygon } from 'geojson';
import { appendRows, type ColumnSpec } from '../db/append';
import type { Transaction } from '../db/database';
import {
	planDemoFacilities,
	planDemoStandingTargets,
	type DemoFacility,
	type DemoFacilityInspection,
	type DemoPlace,
	type DemoUnitPlace
} from '../demo-town/pest-facilities';
import { createRng } from '../domain/random/seeded-random';
import {
	DEMO_FACILITY_POIS_SQL,
	DEMO_FACILITY_ROADS_SQL,
	DEMO_FACILITY_UNITS_SQL,
	DEMO_FACILITY_ZONES_SQL
} from '../queries/demo-facilities';
import { INSERT_STANDING_TARGET_SQL } from '../queries/facilities';
import { loadZoneEnricher } from '../services/spray-plan-stops';
import { shapeOf } from '../services/standing-targets';

const CREATED_AT = '2025-01-02T09:00:00';

export async function seedDemoFacilities(
	tx: Transaction,
	options: { seed: number }
): Promise<void> {
	const rng = createRng(options.seed).fork('pest-facilities');
	const pois = await tx.query<DemoPlace & Record<string, unknown>>(DEMO_FACILITY_POIS_SQL);
	const units = await tx.query<DemoUnitPlace & Record<string, unknown>>(DEMO_FACILITY_UNITS_SQL);
	const plan = planDemoFacilities({ pois, units }, rng.fork('facilities'));
	const zoneEnricher = await loadZoneEnricher(tx);
	const placed = new Map<string, { zoneId: string | null; gridId: string | null }>();
	const enrich = (lng: number, lat: number) => {
		const key = `${lng},${lat}`;
		if (!placed.has(key)) placed.set(key, zoneEnricher(lng, lat));
		return placed.get(key)!;
	};
	const facilityColumns: ColumnSpec<DemoFacility>[] = [
		['id', 'text', (f) => f.id],
		['kind', 'text', (f) => f.kind],
		['name', 'text', (f) => f.name],
		['unit_id', 'text', (f) => f.unitId],
		['owner', 'text', (f) => (f.unitId ? null : f.owner)],
		['lng', 'double', (f) => f.lng],
		['lat', 'double', (f) => f.lat],
		['zone_id', 'text', (f) => enrich(f.lng, f.lat).zoneId],
		['grid_id', 'text', (f) => enrich(f.lng, f.lat).gridId],
		['installed_on', 'text', (f) => f.installedOn],
		['status', 'text', () => 'active'],
		['created_at', 'text', () => CREATED_AT],
		['updated_at', 'text', () => CREATED_AT]
	];
	const inspectionColumns: ColumnSpec<DemoFacilityInspection>[] = [
		['id', 'text', (i) => i.id],
		['facility_id', 'text', (i) => i.facilityId],
		['inspected_at', 'text', (i) => i.inspectedAt],
		['inspector', 'text', (i) => i.inspector],
		['present', 'boolean', (i) => i.present],
		['working', 'boolean', (i) => i.working],
		['bait_taken', 'boolean', (i) => i.baitTaken],
		['note', 'text', (i) => i.note],
		['created_at', 'text', (i) => i.inspectedAt]
	];
	await appendRows(tx.connection, 'facilities', facilityColumns, plan.facilities);
	await appendRows(tx.connection, 'facility_inspections', inspectionColumns, plan.inspections);

	const roads = (
		await tx.query<{ id: string; roadId: string; name: string; lengthM: number; geometry: string }>(
			DEMO_FACILITY_ROADS_SQL
		)
	).map((r) => ({ ...r, geometry: JSON.parse(r.geometry) as LineString }));
	const zones = (
		await tx.query<{ id: string; name: string; kind: string; geometry: string }>(
			DEMO_FACILITY_ZONES_SQL
		)
	)
		.map((z) => ({ ...z, geometry: JSON.parse(z.geometry) as Polygon }))
		.filter((z) => z.geometry.type === 'Polygon');
	const targets = planDemoStandingTargets({ roads, zones, pois }, rng.fork('standing'));
	for (const t of targets) {
		const shape = shapeOf(t.geometry.coordinates[0] as [number, number][], 'zh-CN');
		await tx.run(INSERT_STANDING_TARGET_SQL, {
			id: t.id,
			kind: t.kind,
			name: t.name,
			everyDays: t.everyDays,
			treatedOn: t.treatedOn,
			...shape,
			zoneId: enrich(shape.lng, shape.lat).zoneId,
			at: CREATED_AT
		});
	}
}
