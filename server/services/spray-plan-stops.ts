import type { MultiPolygon, Polygon } from 'geojson';
import type { SavedStop, SprayTask, StopKind } from '../contract/spray-plan-results';
import type { SavePlanBody } from '../contract/spray-plans';
import type { Database } from '../db/database';
import { resolveSprayTask } from '../domain/catalogues/spray-tasks';
import { createPointEnricher } from '../domain/enrichment/point-enricher';
import { buildStopDetailsQuery, type StoredRoute } from '../queries/spray-plans';
import { ZONE_GEOMETRIES_SQL } from '../queries/zones';

/** A row of PLAN_STOPS_SQL. */
export type StopRow = Omit<SavedStop, 'categoryName' | 'task'> & {
	routeId: string;
	categoryZh: string | null;
	categoryEn: string | null;
};

/** A stored stop as the API answers it, with its task from the catalogue (pest: the stop's, else the plan's). */
export function toSavedStop(
	{ routeId: _, categoryZh, categoryEn, ...row }: StopRow,
	tasks: readonly SprayTask[],
	planPest: string | null
): SavedStop {
	return {
		...row,
		categoryName: categoryZh && categoryEn ? { nameZh: categoryZh, nameEn: categoryEn } : null,
		task: resolveSprayTask(tasks, {
			category: row.category,
			kind: row.kind,
			pest: row.pest ?? planPest
		})
	};
}

export async function loadZoneEnricher(db: Pick<Database, 'query'>) {
	const zones = await db.query<{ id: string; kind: string; geometry: string }>(ZONE_GEOMETRIES_SQL);
	return createPointEnricher(
		zones.map((z) => ({
			id: z.id,
			kind: z.kind,
			geometry: JSON.parse(z.geometry) as Polygon | MultiPolygon
		})),
		[]
	);
}

type StopDetails = Record<string, unknown> & {
	id: string;
	kind: StopKind;
	category: string | null;
	label: string | null;
	description: string | null;
};

/**
 * Routes ready to store: each stop keeps what it was sent with; a stop sent without a kind
 * takes kind, category, label and description from the stored report, place or survey site
 * of its id; every stop gets the zone it lies in.
 */
export async function describeStops(
	db: Database,
	routes: SavePlanBody['routes']
): Promise<StoredRoute[]> {
	const bare = routes.flatMap((r) => r.stops.filter((s) => !s.kind).map((s) => s.id));
	const found = new Map<string, StopDetails>();
	if (bare.length) {
		const q = buildStopDetailsQuery(bare);
		for (const d of await db.query<StopDetails>(q.sql, q.params))
			if (!found.has(d.id)) found.set(d.id, d);
	}
	const enrich = await loadZoneEnricher(db);
	return routes.map((r) => ({
		...r,
		stops: r.stops.map((s) => {
			const d = s.kind ? undefined : found.get(s.id);
			return {
				...s,
				...(d && {
					kind: d.kind,
					category: d.category ?? undefined,
					label: s.label ?? d.label ?? undefined,
					description: s.description ?? d.description ?? undefined
				}),
				zoneId: enrich(s.lng, s.lat).zoneId
			};
		})
	}));
}
