/**
 * The `/api/layers/*` contract: query filters (zod, validated at the HTTP boundary) and the
 * GeoJSON properties each layer returns. Web imports these as types only.
 */
import { z } from 'zod';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { BLIND_SPOT_STATUSES, PESTS, POI_KINDS, ZONE_KINDS } from './records';
import { dateWindowFields, isOrderedWindow, UNORDERED_WINDOW } from './fields';
import { commaList, listOf } from './lists';

export const LAYER_IDS = ['zones', 'roads', 'blindspots', 'surveys', 'pois'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

const bbox = z
	.string()
	.transform((s) => s.split(',').map((x) => Number(x.trim())))
	.refine((xs) => xs.length === 4 && xs.every(Number.isFinite), {
		message: 'bbox must be four numbers: west,south,east,north'
	})
	.refine(([w, s, e, n]) => w >= -180 && e <= 180 && s >= -90 && n <= 90 && w <= e && s <= n, {
		message: 'bbox must lie within -180..180, -90..90 with west <= east and south <= north'
	})
	.transform((xs) => xs as [number, number, number, number]);

/** Filters shared by every layer; a layer ignores none silently: unknown keys are refused. */
export const layerQuerySchema = z
	.strictObject({
		bbox: bbox.optional(),
		...dateWindowFields,
		pest: listOf('pest', PESTS).optional(),
		method: commaList.optional(),
		status: listOf('status', BLIND_SPOT_STATUSES).optional(),
		category: commaList.optional(),
		kind: commaList.optional()
	})
	.refine(isOrderedWindow, UNORDERED_WINDOW);
export type LayerQuery = z.infer<typeof layerQuerySchema>;

export { ZONE_KINDS, POI_KINDS };

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
> & { limit: number; truncated: boolean };
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
