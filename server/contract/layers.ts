/**
 * The `/api/layers/*` contract: query filters (zod, validated at the HTTP boundary) and the
 * GeoJSON properties each layer returns. Web imports these as types only.
 */
import { z } from 'zod';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { CASE_STATUSES } from './case-states';
import { PESTS, POI_KINDS, ZONE_KINDS } from './records';
import { bboxField, dateWindowFields, idField, isOrderedWindow, UNORDERED_WINDOW } from './fields';
import { commaList, listOf } from './lists';

export const LAYER_IDS = ['zones', 'roads', 'blindspots', 'surveys', 'pois'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** Filters shared by every layer; a layer ignores none silently: unknown keys are refused. */
export const layerQuerySchema = z
	.strictObject({
		bbox: bboxField().optional(),
		...dateWindowFields,
		pest: listOf('pest', PESTS).optional(),
		method: commaList('method').optional(),
		status: listOf('status', CASE_STATUSES).optional(),
		category: commaList('category').optional(),
		kind: listOf('kind', [...ZONE_KINDS, ...POI_KINDS]).optional(),
		/**
		 * The map's zoom (issue 18): at low zoom an Arrow request for a large point layer is
		 * answered with H3 cell counts instead of points (services/layers.ts).
		 */
		/** One feature with every property (issue 18): the map's compact layers load details on click. */
		id: idField('id').optional(),
		zoom: z.coerce
			.number({ message: 'zoom must be a number' })
			.min(0, 'zoom must be from 0 to 24')
			.max(24, 'zoom must be from 0 to 24')
			.optional()
	})
	.refine(isOrderedWindow, UNORDERED_WINDOW);
export type LayerQuery = z.infer<typeof layerQuerySchema>;

export { ZONE_KINDS, POI_KINDS };

/** The kinds each layer with a `kind` filter has. */
export const LAYER_KINDS: Partial<Record<LayerId, readonly string[]>> = {
	zones: ZONE_KINDS,
	pois: POI_KINDS
};

export interface ZoneProperties {
	id: string;
	name: string;
	kind: string;
	parentId: string | null;
	responsible: string | null;
}
export interface RoadProperties {
	id: string;
	name: string;
	roadId: string;
	grade: number;
	keyGroup: string | null;
	responsible: string | null;
	lengthM: number;
}
export interface BlindSpotProperties {
	id: string;
	category: string;
	description: string;
	status: string;
	source: string;
	reportedAt: string;
	dueAt: string | null;
	closedAt: string | null;
	zoneId: string | null;
	gridId: string | null;
	segmentId: string | null;
	segmentDistanceM: number | null;
	recurrence: number;
	/** `/api/layers/blindspots` and OGC items (design.md §3), as of the request: `dueAt` again, whether
	 * the case is open past it or was closed after it, and by how many calendar days. */
	deadline?: string | null;
	overdue?: boolean;
	overdueDays?: number | null;
	/** Open with at most 4 working hours left (issue 14 item 2). */
	dueSoon?: boolean;
}
export interface SurveyProperties {
	id: string;
	pest: string;
	method: string;
	siteId: string;
	habitat: string;
	surveyedAt: string;
	count: number;
	effort: number;
	count2: number | null;
	zoneId: string | null;
	gridId: string | null;
}
export interface PoiProperties {
	id: string;
	kind: string;
	name: string;
}

export interface LayerPropertiesById {
	zones: ZoneProperties;
	roads: RoadProperties;
	blindspots: BlindSpotProperties;
	surveys: SurveyProperties;
	pois: PoiProperties;
}

/** A layer response: GeoJSON plus how many features the cap allowed and whether it cut. */
export type LayerCollection<L extends LayerId> = FeatureCollection<
	Geometry,
	LayerPropertiesById[L]
> & {
	limit: number;
	truncated: boolean;
	/** Map requests (issue 18): how many features match; when capped, `returned` of them are a sample of the area. */
	total?: number;
	returned?: number;
};
export type LayerFeature<L extends LayerId> = Feature<Geometry, LayerPropertiesById[L]>;

/** `GET /api/meta`: what the dashboard needs before its first layer request. */
export interface DatasetMeta {
	name: string;
	synthetic: boolean;
	/** Null on an empty install (no zones yet): there is no town to centre on. */
	center: [number, number] | null;
	bbox: [number, number, number, number] | null;
	dateRange: { from: string | null; to: string | null };
}
