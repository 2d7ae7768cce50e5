import type { Database } from '../db/database';
import type { ImportRecords } from '../domain/imports/build-records';
import { FAR_FROM_ZONES_KM, findFarPoints } from '../domain/imports/far-points';
import { problem, type RawIssue } from '../domain/imports/import-issue';
import { POINT_KINDS, type ImportKind } from '../domain/imports/import-fields';
import type { ColumnMapping } from '../domain/imports/resolve-mapping';
import { ZONE_EXTENTS_SQL } from '../queries/imports';
import type { Bbox } from '$geo/bbox';

type Located = { lng: number; lat: number; origX: number; origY: number };
const fmt = (n: number) => String(Math.round(n * 1e6) / 1e6);

/** Every stored zone's extent, read on the main thread before an import's worker job. */
export async function loadZoneExtents(db: Database): Promise<Bbox[]> {
	const zones = await db.query<{ minx: number; miny: number; maxx: number; maxy: number }>(
		ZONE_EXTENTS_SQL
	);
	return zones.map((z): Bbox => [z.minx, z.miny, z.maxx, z.maxy]);
}

/**
 * Points of a checked import that lie more than FAR_FROM_ZONES_KM outside every given zone
 * extent, as problems at their row and longitude column (the file's values quoted). Only
 * point kinds are checked; with no zones there is nothing to compare with. Pure, so the
 * import's worker job runs it.
 */
export function farIssues<K extends ImportKind>(
	kind: K,
	records: readonly ImportRecords[K][],
	rowsOf: readonly number[],
	mapping: ColumnMapping,
	extents: readonly Bbox[]
): RawIssue[] {
	if (!POINT_KINDS.has(kind) || extents.length === 0) return [];
	const points = records as unknown as readonly Located[];
	return findFarPoints(points, extents).map((i) => farIssue(rowsOf[i], mapping, points[i]));
}

/** A point far from every zone, at its row and longitude column, quoting the file's values. */
export function farIssue(
	row: number,
	mapping: ColumnMapping,
	p: { origX: number; origY: number }
): RawIssue {
	const column = mapping.lng ?? 'geometry';
	const params = { km: FAR_FROM_ZONES_KM };
	return { row, column, ...problem('far_from_zones', params, `${fmt(p.origX)}, ${fmt(p.origY)}`) };
}

/** farIssues against the zones stored now. */
export async function findFarIssues<K extends ImportKind>(
	db: Database,
	kind: K,
	records: readonly ImportRecords[K][],
	rowsOf: readonly number[],
	mapping: ColumnMapping
): Promise<RawIssue[]> {
	if (!POINT_KINDS.has(kind)) return [];
	return farIssues(kind, records, rowsOf, mapping, await loadZoneExtents(db));
}
