/**
 * The demo town's 门前三包 ledger (issue 15 item 7): units along both sides of the main
 * (grade 1) streets, each with its door a few metres off the kerb and its frontage the part
 * of the street in front of it (geo/frontage-line.ts).
 */
import type { LineString } from 'geojson';
import { frontageLine } from '$geo/frontage-line';
import type { FrontageCategory } from '../../contract/frontage';
import type { RoadSegmentRecord, ZoneRecord } from '../../contract/records';
import { createPointEnricher } from '../../domain/enrichment/point-enricher';
import type { Rng } from '../../domain/random/seeded-random';
import { dayOf, isoDate } from '../calendar';
import { distXY, type LocalFrame } from '$geo/local-metres';
import { demoPhone, personName, unitName } from './names';

/** Mean gap between doors along one side of a main street, metres (≈ 600 units in seed 1). */
export const MEAN_DOOR_GAP_M = 44;
/** Share of units that signed the 门前三包 责任书. */
export const SIGNED_SHARE = 0.85;
/** Share of units that fail often (the repeat offenders of the demo). */
export const OFFENDER_SHARE = 0.08;

export interface DemoUnit {
	id: string;
	name: string;
	category: FrontageCategory;
	address: string;
	contactName: string;
	contactPhone: string;
	lng: number;
	lat: number;
	zoneId: string | null;
	gridId: string | null;
	segmentId: string;
	frontage: LineString;
	frontageM: number;
	agreementSigned: boolean;
	agreementSignedOn: string | null;
	/** Demo only: fails often. */
	offender: boolean;
	/** Demo only: metres along its segment, where a walker passes it. */
	alongM: number;
}

export interface WalkableSegment {
	id: string;
	/** Vertices in the local frame and their cumulative distance along the segment. */
	xy: [number, number][];
	cumM: number[];
}

export function walkable(road: RoadSegmentRecord, frame: LocalFrame): WalkableSegment {
	const xy = road.geometry.coordinates.map(([lng, lat]) => frame.toXY(lng, lat));
	const cumM = [0];
	for (let i = 1; i < xy.length; i++) cumM.push(cumM[i - 1] + distXY(xy[i - 1], xy[i]));
	return { id: road.id, xy, cumM };
}

/** The point `alongM` along the segment and the unit vector of its direction there. */
export function pointAlong(
	s: WalkableSegment,
	alongM: number
): { at: [number, number]; dir: [number, number] } {
	let i = 1;
	while (i < s.cumM.length - 1 && s.cumM[i] < alongM) i++;
	const [a, b] = [s.xy[i - 1], s.xy[i]];
	const len = s.cumM[i] - s.cumM[i - 1] || 1;
	const t = Math.min(1, Math.max(0, (alongM - s.cumM[i - 1]) / len));
	return {
		at: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t],
		dir: [(b[0] - a[0]) / len, (b[1] - a[1]) / len]
	};
}

const CATEGORY_WEIGHTS: readonly [FrontageCategory, number][] = [
	['shop', 0.7],
	['unit', 0.08],
	['household', 0.22]
];

export function planUnits(
	roads: readonly RoadSegmentRecord[],
	zones: readonly ZoneRecord[],
	frame: LocalFrame,
	rng: Rng
): DemoUnit[] {
	const enrich = createPointEnricher(zones, roads);
	const units: DemoUnit[] = [];
	const numbers = new Map<string, [number, number]>();
	const mains = roads.filter((r) => r.grade === 1).sort((a, b) => a.id.localeCompare(b.id));
	for (const road of mains) {
		const seg = walkable(road, frame);
		const total = seg.cumM.at(-1)!;
		for (const side of [1, -1] as const) {
			for (let along = rng.range(8, 30); along < total - 8; along += rng.range(30, 58)) {
				const { at, dir } = pointAlong(seg, along);
				const off = rng.range(9, 14) * side;
				const door = frame.toLngLat(at[0] - dir[1] * off, at[1] + dir[0] * off);
				const category = CATEGORY_WEIGHTS[rng.weighted(CATEGORY_WEIGHTS.map((c) => c[1]))][0];
				const counter = numbers.get(road.roadId) ?? [1, 2];
				const number = counter[side === 1 ? 0 : 1];
				counter[side === 1 ? 0 : 1] += 2;
				numbers.set(road.roadId, counter);
				const line = frontageLine(door, road.geometry, category === 'unit' ? 20 : rng.range(5, 9));
				const signed = rng.chance(SIGNED_SHARE);
				const where = enrich(door[0], door[1]);
				units.push({
					id: `FU${String(units.length + 1).padStart(4, '0')}`,
					name: unitName(rng, category, road.name, number),
					category,
					address: `${road.name}${number}号`,
					contactName: personName(rng),
					contactPhone: demoPhone(rng),
					lng: door[0],
					lat: door[1],
					zoneId: where.zoneId,
					gridId: where.gridId,
					segmentId: road.id,
					frontage: line.geometry,
					frontageM: line.lengthM,
					agreementSigned: signed,
					agreementSignedOn: signed ? isoDate(dayOf(2024, 1, 1) + rng.int(0, 700)) : null,
					offender: rng.chance(OFFENDER_SHARE),
					alongM: along
				});
			}
		}
	}
	return units;
}
