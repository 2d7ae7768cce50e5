/** Volunteer clean-ups and spraying in the demo town (issue 15 items 5 and 7). */
import type { Polygon } from 'geojson';
import type { VolunteerKind, VolunteerPlace } from '../../contract/patrols';
import type { RoadSegmentRecord, ZoneRecord } from '../../contract/records';
import { createPointEnricher } from '../../domain/enrichment/point-enricher';
import type { Rng } from '../../domain/random/seeded-random';
import { isoDate } from '../calendar';
import { walkable, pointAlong } from './ledger';
import type { LocalFrame } from '$geo/local-metres';
import { VOLUNTEER_TEAMS } from './names';

export interface DemoActivity {
	id: string;
	team: string;
	kind: VolunteerKind;
	place: VolunteerPlace;
	heldOn: string;
	people: number;
	zoneId: string | null;
	area: Polygon;
	lng: number;
	lat: number;
	work: string;
}

const WORK: Record<VolunteerKind, Partial<Record<VolunteerPlace, string>>> = {
	cleanup: {
		green_belt: '清理绿化带内白色垃圾和枯枝落叶',
		reserved_land: '清除预留地内堆积的生活垃圾和建筑垃圾',
		vacant_land: '清理闲置地杂物，铲除杂草',
		residential: '清扫小区公共区域，清理楼道堆放物'
	},
	spraying: {
		green_belt: '绿化带滞留喷洒灭蚊，清除积水容器',
		reserved_land: '预留地积水处投放灭蚊幼剂',
		vacant_land: '闲置地投放灭鼠毒饵站',
		residential: '小区垃圾收集点喷洒灭蝇药物'
	}
};

/** A few activities a month: four clean-ups and two sprayings, on minor streets' edges. */
export function planVolunteerActivities(
	roads: readonly RoadSegmentRecord[],
	zones: readonly ZoneRecord[],
	months: readonly { first: number; last: number }[],
	frame: LocalFrame,
	rng: Rng
): DemoActivity[] {
	const enrich = createPointEnricher(zones, roads);
	const minor = roads.filter((r) => r.grade >= 3).sort((a, b) => a.id.localeCompare(b.id));
	const out: DemoActivity[] = [];
	for (const m of months) {
		for (const kind of [
			'cleanup',
			'cleanup',
			'cleanup',
			'cleanup',
			'spraying',
			'spraying'
		] as const) {
			const place = rng.pick([
				'green_belt',
				'reserved_land',
				'vacant_land',
				'residential'
			] as const);
			const seg = walkable(rng.pick(minor), frame);
			const { at, dir } = pointAlong(seg, rng.range(0, seg.cumM.at(-1)!));
			// A 60 m × 30 m plot beside the street, its long side along it.
			const [cx, cy] = [at[0] - dir[1] * 25, at[1] + dir[0] * 25];
			const corner = (u: number, v: number) =>
				frame.toLngLat(cx + dir[0] * u - dir[1] * v, cy + dir[1] * u + dir[0] * v);
			const ring = [
				corner(-30, -15),
				corner(30, -15),
				corner(30, 15),
				corner(-30, 15),
				corner(-30, -15)
			];
			const [lng, lat] = frame.toLngLat(cx, cy);
			out.push({
				id: `VA${String(out.length + 1).padStart(3, '0')}`,
				team: rng.pick(VOLUNTEER_TEAMS[kind]),
				kind,
				place,
				heldOn: isoDate(rng.int(m.first, m.last)),
				people: rng.int(8, 30),
				zoneId: enrich(lng, lat).zoneId,
				area: { type: 'Polygon', coordinates: [ring] },
				lng,
				lat,
				work: WORK[kind][place]!
			});
		}
	}
	return out.sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.id.localeCompare(b.id));
}
