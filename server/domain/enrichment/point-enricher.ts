import { createSegmentLocator, type LocatableSegment } from '$geo/segment-locator';
import { createZoneLocator, type LocatableZone } from '$geo/zone-locator';
import { computeH3Cells, type H3CellsByResolution } from '$geo/h3-cells';

/** Points farther than this from every road keep no nearest segment (they are off-network). */
export const NEAREST_ROAD_SEARCH_M = 1000;

/** Zone kinds a point is assigned to as its `zone_id`; grids (网格) go to `grid_id`. */
const AREA_ZONE_KINDS = new Set(['community', 'village', 'street', 'district']);

export interface PointEnrichment {
	zoneId: string | null;
	gridId: string | null;
	h3: H3CellsByResolution;
	segmentId: string | null;
	segmentDistanceM: number | null;
}

export interface EnrichableZone extends LocatableZone {
	kind: string;
}

/**
 * Write-time enrichment of design.md §1: each point gets, once, its zone and grid, its H3
 * cells and its nearest road segment. The finest area zone wins: a community before the
 * street (town) that contains it.
 */
export function createPointEnricher(
	zones: readonly EnrichableZone[],
	segments: readonly LocatableSegment[]
) {
	const byFineness = (kind: string) => ['community', 'village', 'street', 'district'].indexOf(kind);
	const areas = zones
		.filter((z) => AREA_ZONE_KINDS.has(z.kind))
		.sort((a, b) => byFineness(a.kind) - byFineness(b.kind) || a.id.localeCompare(b.id));
	const grids = zones.filter((z) => z.kind === 'grid');
	const areaLocator = createZoneLocator(areas);
	const gridLocator = createZoneLocator(grids);
	const segmentLocator = createSegmentLocator(segments);

	return function enrichPoint(lng: number, lat: number): PointEnrichment {
		const nearest = segmentLocator.nearest(lng, lat, NEAREST_ROAD_SEARCH_M);
		return {
			zoneId: areaLocator.locate(lng, lat),
			gridId: gridLocator.locate(lng, lat),
			h3: computeH3Cells(lng, lat),
			segmentId: nearest?.id ?? null,
			segmentDistanceM: nearest ? Math.round(nearest.distanceM * 10) / 10 : null
		};
	};
}
