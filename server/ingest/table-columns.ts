import type {
	BlindSpotRecord,
	PoiRecord,
	RoadSegmentRecord,
	SprayEventRecord,
	SurveyRecord,
	ZoneRecord
} from '../contract/records';
import type { ColumnSpec } from '../db/append';
import type { Bbox } from '$geo/bbox';
import type { PointEnrichment } from '../domain/enrichment/point-enricher';
import type { CampaignWindow } from '../domain/periods/parse-period';

/**
 * Column order of each table (server/db/schema.ts) and where each value comes from.
 * The appender writes by position, so these lists must follow the CREATE TABLE order.
 */
type Enriched<R> = R & PointEnrichment;

const bboxColumns = <R extends { bbox: Bbox }>(): ColumnSpec<R>[] => [
	['minx', 'double', (r) => r.bbox[0]],
	['miny', 'double', (r) => r.bbox[1]],
	['maxx', 'double', (r) => r.bbox[2]],
	['maxy', 'double', (r) => r.bbox[3]]
];

/** The CRS a point arrived in and its coordinates there; absent means WGS-84 as stored. */
type Origin = { crs?: string; origX?: number; origY?: number };

/** Point columns shared by surveys and blind spots: position, CRS of arrival, enrichment. */
const pointColumns = <
	R extends Enriched<{ lng: number; lat: number } & Origin>
>(): ColumnSpec<R>[] => [
	['lng', 'double', (r) => r.lng],
	['lat', 'double', (r) => r.lat],
	['crs', 'text', (r) => r.crs ?? 'wgs84'],
	['orig_x', 'double', (r) => r.origX ?? r.lng],
	['orig_y', 'double', (r) => r.origY ?? r.lat],
	['zone_id', 'text', (r) => r.zoneId],
	['grid_id', 'text', (r) => r.gridId],
	['h3_r7', 'text', (r) => r.h3.r7],
	['h3_r8', 'text', (r) => r.h3.r8],
	['h3_r9', 'text', (r) => r.h3.r9],
	['h3_r10', 'text', (r) => r.h3.r10],
	['segment_id', 'text', (r) => r.segmentId],
	['segment_distance_m', 'double', (r) => r.segmentDistanceM]
];

export const zoneColumns: ColumnSpec<ZoneRecord & { areaM2: number; bbox: Bbox }>[] = [
	['id', 'text', (z) => z.id],
	['name', 'text', (z) => z.name],
	['kind', 'text', (z) => z.kind],
	['parent_id', 'text', (z) => z.parentId],
	['responsible', 'text', (z) => z.responsible],
	['area_m2', 'double', (z) => z.areaM2],
	['geometry', 'text', (z) => JSON.stringify(z.geometry)],
	...bboxColumns<ZoneRecord & { areaM2: number; bbox: Bbox }>()
];

export const roadColumns: ColumnSpec<RoadSegmentRecord & { lengthM: number; bbox: Bbox }>[] = [
	['id', 'text', (r) => r.id],
	['name', 'text', (r) => r.name],
	['road_id', 'text', (r) => r.roadId],
	['grade', 'integer', (r) => r.grade],
	['key_group', 'text', (r) => r.keyGroup],
	['responsible', 'text', (r) => r.responsible],
	['length_m', 'double', (r) => r.lengthM],
	['geometry', 'text', (r) => JSON.stringify(r.geometry)],
	...bboxColumns<RoadSegmentRecord & { lengthM: number; bbox: Bbox }>()
];

export const poiColumns: ColumnSpec<Enriched<PoiRecord>>[] = [
	['id', 'text', (p) => p.id],
	['kind', 'text', (p) => p.kind],
	['name', 'text', (p) => p.name],
	['lng', 'double', (p) => p.lng],
	['lat', 'double', (p) => p.lat],
	['geometry', 'text', (p) => (p.geometry ? JSON.stringify(p.geometry) : null)],
	['zone_id', 'text', (p) => p.zoneId],
	['grid_id', 'text', (p) => p.gridId]
];

export const blindSpotColumns: ColumnSpec<
	Enriched<BlindSpotRecord & Origin> & { recurrence: number }
>[] = [
	['id', 'text', (b) => b.id],
	['category', 'text', (b) => b.category],
	['description', 'text', (b) => b.description],
	['reported_at', 'text', (b) => b.reportedAt],
	['source', 'text', (b) => b.source],
	['status', 'text', (b) => b.status],
	['due_at', 'text', (b) => b.dueAt],
	['closed_at', 'text', (b) => b.closedAt],
	...pointColumns<Enriched<BlindSpotRecord & Origin> & { recurrence: number }>(),
	['recurrence', 'integer', (b) => b.recurrence]
];

export const surveyColumns: ColumnSpec<Enriched<SurveyRecord & Origin>>[] = [
	['id', 'text', (s) => s.id],
	['pest', 'text', (s) => s.pest],
	['method', 'text', (s) => s.method],
	['site_id', 'text', (s) => s.siteId],
	['habitat', 'text', (s) => s.habitat],
	['surveyed_at', 'text', (s) => s.surveyedAt],
	['count', 'double', (s) => s.count],
	['effort', 'double', (s) => s.effort],
	['count2', 'double', (s) => s.count2],
	...pointColumns<Enriched<SurveyRecord & Origin>>()
];

export const sprayEventColumns: ColumnSpec<Enriched<SprayEventRecord>>[] = [
	['id', 'text', (e) => e.id],
	['team', 'text', (e) => e.team],
	['started_at', 'text', (e) => e.startedAt],
	['chemical', 'text', (e) => e.chemical],
	['amount', 'double', (e) => e.amount],
	['unit', 'text', (e) => e.unit],
	['pest', 'text', (e) => e.pest],
	['campaign', 'text', (e) => e.campaign],
	['target_ids', 'text[]', (e) => e.targetIds],
	['lng', 'double', (e) => e.lng],
	['lat', 'double', (e) => e.lat],
	['zone_id', 'text', (e) => e.zoneId],
	['grid_id', 'text', (e) => e.gridId]
];

export const campaignColumns: ColumnSpec<CampaignWindow>[] = [
	['id', 'text', (c) => c.id],
	['name', 'text', (c) => c.name],
	['from_date', 'text', (c) => c.from],
	['to_date', 'text', (c) => c.to]
];
