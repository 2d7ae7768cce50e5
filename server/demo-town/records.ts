/**
 * Turns the generator's local-plane model into contract records: WGS-84 coordinates rounded
 * to 6 decimals, readable ids, outputs sorted by id.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type {
	PoiRecord,
	RoadSegmentRecord,
	SprayEventRecord,
	ZoneRecord
} from '../contract/records';
import { isoDateTime } from './calendar';
import { toLngLat, type XY } from './frame';
import { pointAlong } from './geometry';
import type { Poi } from './pois';
import type { SprayEvent } from './spraying';
import type { Segment } from './streets';
import { zoneContains, type Zone } from './zones';

const KEY_ROAD_CREW = '安澜镇环卫所十路一区保洁班';
const ROAD_CREW = '安澜镇环卫所';
export const KEY_GROUP = '十路一区';

const ring = (r: readonly XY[]) => r.map((p) => toLngLat(p));

export function projectArea(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
	return g.type === 'Polygon'
		? { type: 'Polygon', coordinates: g.coordinates.map((r) => ring(r as XY[])) }
		: {
				type: 'MultiPolygon',
				coordinates: g.coordinates.map((p) => p.map((r) => ring(r as XY[])))
			};
}

/** Code-unit order: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export function byId<T extends { id: string }>(a: T, b: T): number {
	return compareText(a.id, b.id);
}

export function zoneRecord(
	z:
		Zone | (Omit<Zone, 'kind' | 'parentId'> & { kind: ZoneRecord['kind']; parentId: string | null })
): ZoneRecord {
	return {
		id: z.id,
		name: z.name,
		kind: z.kind,
		parentId: z.parentId,
		responsible: z.responsible,
		geometry: projectArea(z.geometry)
	};
}

export function roadRecord(s: Segment, communities: readonly Zone[]): RoadSegmentRecord {
	const middle = pointAlong(s.line, 0.5).at;
	const lane =
		s.grade === 4 ? communities.find((c) => zoneContains(c.geometry, middle)) : undefined;
	return {
		id: s.id,
		name: s.name,
		roadId: s.roadId,
		grade: s.grade,
		keyGroup: s.key ? KEY_GROUP : null,
		responsible: s.key ? KEY_ROAD_CREW : (lane?.responsible ?? ROAD_CREW),
		geometry: { type: 'LineString', coordinates: ring(s.line) }
	};
}

export function poiRecord(p: Poi): PoiRecord {
	const [lng, lat] = toLngLat(p.at);
	const record: PoiRecord = { id: p.id, kind: p.kind, name: p.name, lng, lat };
	if (p.outline) record.geometry = { type: 'Polygon', coordinates: [ring(p.outline)] };
	return record;
}

export function sprayRecord(e: SprayEvent, index: number): SprayEventRecord {
	const [lng, lat] = toLngLat(e.at);
	return {
		id: `SP${String(index + 1).padStart(3, '0')}`,
		team: e.team,
		startedAt: isoDateTime(e.day * 1440 + e.startMinute),
		chemical: e.chemical,
		amount: e.amount,
		unit: e.unit,
		pest: e.pest,
		campaign: e.campaign,
		targetIds: e.targetIds,
		lng,
		lat
	};
}
