/**
 * The demo town's control facilities and standing targets (issue 17 items 5 and 7, lane D),
 * planned from the loaded town: bait stations and fly lamps at the markets, the 三防 of the
 * school canteens, restaurants and unit canteens, bait stations at garbage stations, 挡鼠板 at
 * shops on the registry; a year of inspections (2025) with some broken and some bait taken;
 * green belts along the main roads and reserved and vacant plots to spray on a frequency.
 * Pure and deterministic for a seed; ingest/demo-facilities.ts writes it.
 *
 * The story at the demo clock (2025-12-31): about one facility in nine was left unchecked
 * after the autumn (overdue); bait is taken more in spring and autumn and near markets and
 * garbage stations; some standing targets are due, others were sprayed lately.
 */
import { pointOnFeature } from '@turf/turf';
import type { LineString, Polygon } from 'geojson';
import type { Rng } from '../../domain/random/seeded-random';
import { dayOf, isoDate, isoDateTime } from '../calendar';

export interface DemoPlace {
	id: string;
	kind: string;
	name: string;
	lng: number;
	lat: number;
}
export interface DemoUnitPlace {
	id: string;
	category: string;
	name: string;
	lng: number;
	lat: number;
}
export interface DemoRoad {
	id: string;
	roadId: string;
	name: string;
	lengthM: number;
	geometry: LineString;
}
export interface DemoZonePlace {
	id: string;
	name: string;
	kind: string;
	geometry: Polygon;
}

export interface DemoFacility {
	id: string;
	kind: string;
	name: string;
	unitId: string | null;
	owner: string;
	lng: number;
	lat: number;
	installedOn: string;
}
export interface DemoFacilityInspection {
	id: string;
	facilityId: string;
	inspectedAt: string;
	inspector: string;
	present: boolean;
	working: boolean;
	baitTaken: boolean | null;
	note: string | null;
}
export interface DemoStandingTarget {
	id: string;
	kind: 'green_belt' | 'reserved_land' | 'vacant_land';
	name: string;
	everyDays: number;
	treatedOn: string;
	geometry: Polygon;
}

/** Cadences as the catalogue ships them (domain/catalogues/facility-kinds.ts). */
const EVERY: Record<string, number> = {
	bait_station: 14,
	fly_lamp: 30,
	rat_proofing: 90,
	three_proofing: 30
};
const FIRST_DAY = dayOf(2025, 1, 2);
const CLOCK_DAY = dayOf(2025, 12, 31);
/** Share of facilities left unchecked after the autumn. */
const NEGLECTED = 0.11;
const BROKEN_NOTES: Record<string, string[]> = {
	bait_station: ['毒饵站破损，已报修', '毒饵站被移走'],
	fly_lamp: ['灯管不亮', '粘蝇纸已满未更换'],
	rat_proofing: ['挡鼠板缺失', '挡鼠板高度不足 60 厘米'],
	three_proofing: ['纱窗破损', '下水道口无防鼠网']
};
const INSPECTORS = ['demo-sprayer', 'demo-inspector'];

/** A point `m` metres away in a random direction (degrees at ~30°N). */
function jitter(rng: Rng, lng: number, lat: number, m: number): [number, number] {
	const a = rng.range(0, 2 * Math.PI);
	const d = rng.range(m / 3, m);
	const round = (x: number) => Math.round(x * 1e6) / 1e6;
	return [round(lng + (d * Math.cos(a)) / 96_000), round(lat + (d * Math.sin(a)) / 111_000)];
}

/** Bait is taken more in spring and autumn, and near food and waste. */
function baitChance(day: number, nearFood: boolean): number {
	const month = Number(isoDate(day).slice(5, 7));
	const season = [3, 4, 5, 9, 10, 11].includes(month) ? 0.3 : 0.12;
	return season + (nearFood ? 0.1 : 0);
}

export function planDemoFacilities(
	input: { pois: DemoPlace[]; units: DemoUnitPlace[] },
	rng: Rng
): { facilities: DemoFacility[]; inspections: DemoFacilityInspection[] } {
	const facilities: DemoFacility[] = [];
	const add = (
		kind: string,
		name: string,
		owner: string,
		at: { lng: number; lat: number },
		unitId: string | null = null
	) => {
		const [lng, lat] = jitter(rng, at.lng, at.lat, 15);
		const n = facilities.length + 1;
		facilities.push({
			id: `fac-${String(n).padStart(3, '0')}`,
			kind,
			name,
			unitId,
			owner,
			lng,
			lat,
			installedOn: isoDate(dayOf(2024, rng.int(3, 11), rng.int(1, 28)))
		});
	};
	const of = (kind: string) => input.pois.filter((p) => p.kind === kind);
	for (const m of of('market')) {
		add('bait_station', `${m.name}毒饵站 1号`, m.name, m);
		add('bait_station', `${m.name}毒饵站 2号`, m.name, m);
		add('fly_lamp', `${m.name}灭蝇灯`, m.name, m);
	}
	for (const s of of('school')) {
		add('three_proofing', `${s.name}食堂三防`, `${s.name}食堂`, s);
		add('bait_station', `${s.name}食堂毒饵站`, `${s.name}食堂`, s);
	}
	for (const r of of('restaurant').slice(0, 20)) {
		add('three_proofing', `${r.name}三防`, r.name, r);
		add('fly_lamp', `${r.name}灭蝇灯`, r.name, r);
	}
	for (const g of of('garbage_station').slice(0, 15))
		add('bait_station', `${g.name}毒饵站`, g.name, g);
	const shops = input.units.filter((u) => u.category === 'shop');
	for (const u of shops.filter((_, i) => i % 25 === 0).slice(0, 15))
		add('rat_proofing', `${u.name}挡鼠板`, u.name, u, u.id);
	const seenUnit = new Set<string>();
	for (const u of input.units.filter((u) => u.category === 'unit')) {
		if (seenUnit.has(u.name) || seenUnit.size >= 6) continue;
		seenUnit.add(u.name);
		add('three_proofing', `${u.name}食堂三防`, `${u.name}食堂`, u, u.id);
	}
	const nearFood = new Set(
		facilities.filter((f) => /市场|垃圾|食堂/.test(f.name)).map((f) => f.id)
	);
	const inspections: DemoFacilityInspection[] = [];
	for (const f of facilities) {
		const every = EVERY[f.kind];
		const stopDay = rng.chance(NEGLECTED) ? dayOf(2025, rng.int(8, 10), rng.int(1, 28)) : CLOCK_DAY;
		let broken = false;
		let day = FIRST_DAY + rng.int(0, every - 1);
		while (day <= stopDay) {
			// A facility found broken stays so until the next visit repairs it, most of the time.
			broken = broken ? rng.chance(0.3) : rng.chance(0.05);
			const present = !(broken && rng.chance(0.25));
			const baitTaken =
				f.kind === 'bait_station' && present
					? rng.chance(baitChance(day, nearFood.has(f.id)))
					: null;
			inspections.push({
				id: `fi-${f.id.slice(4)}-${isoDate(day)}`,
				facilityId: f.id,
				inspectedAt: isoDateTime(day * 1440 + rng.int(8 * 60, 16 * 60)),
				inspector: rng.pick(INSPECTORS),
				present,
				working: present && !broken,
				baitTaken,
				note: broken ? rng.pick(BROKEN_NOTES[f.kind]) : baitTaken ? '毒饵被取食，已补投' : null
			});
			day += every + rng.int(-2, 3);
		}
	}
	return { facilities, inspections };
}

/**
 * A band `halfM` metres either side of a line: its points shifted left going out and right
 * coming back (local metres at ~30°N), closed. Null when the line has fewer than 2 points.
 */
function band(line: [number, number][], halfM: number): [number, number][] | null {
	if (line.length < 2) return null;
	const r = (x: number) => Math.round(x * 1e6) / 1e6;
	const side = (sign: number) =>
		line.map(([x, y], i) => {
			const [ax, ay] = line[Math.max(0, i - 1)];
			const [bx, by] = line[Math.min(line.length - 1, i + 1)];
			const dx = (bx - ax) * 96_000;
			const dy = (by - ay) * 111_000;
			const len = Math.hypot(dx, dy) || 1;
			return [
				r(x + (sign * -dy * halfM) / len / 96_000),
				r(y + (sign * dx * halfM) / len / 111_000)
			] as [number, number];
		});
	const left = side(1);
	const right = side(-1).reverse();
	return [...left, ...right, left[0]];
}

function rectangle(lng: number, lat: number, wM: number, hM: number): Polygon {
	const dx = wM / 2 / 96_000;
	const dy = hM / 2 / 111_000;
	const r = (x: number) => Math.round(x * 1e6) / 1e6;
	return {
		type: 'Polygon',
		coordinates: [
			[
				[r(lng - dx), r(lat - dy)],
				[r(lng + dx), r(lat - dy)],
				[r(lng + dx), r(lat + dy)],
				[r(lng - dx), r(lat + dy)],
				[r(lng - dx), r(lat - dy)]
			]
		]
	};
}

/**
 * Four green belts along the longest main-road segments (a 10 m band on each side), two
 * reserved plots inside villages and two vacant building plots beside the construction sites.
 * Days since the last spraying are fixed so that some are due at the demo clock and some not.
 */
export function planDemoStandingTargets(
	input: { roads: DemoRoad[]; zones: DemoZonePlace[]; pois: DemoPlace[] },
	rng: Rng
): DemoStandingTarget[] {
	const targets: DemoStandingTarget[] = [];
	const treated = (daysAgo: number) => isoDate(CLOCK_DAY - daysAgo);
	const seenRoads = new Set<string>();
	const roads = [...input.roads]
		.sort((a, b) => b.lengthM - a.lengthM || a.id.localeCompare(b.id))
		.filter((r) => !seenRoads.has(r.roadId) && seenRoads.add(r.roadId))
		.slice(0, 4);
	const beltDaysAgo = [3, 20, 9, 16];
	roads.forEach((road, i) => {
		const ring = band(road.geometry.coordinates as [number, number][], 10);
		if (!ring) return;
		targets.push({
			id: `st-${String(targets.length + 1).padStart(2, '0')}`,
			kind: 'green_belt',
			name: `${road.name}绿化带`,
			everyDays: 14,
			treatedOn: treated(beltDaysAgo[i]),
			geometry: { type: 'Polygon', coordinates: [ring] }
		});
	});
	const villages = input.zones.filter((z) => z.kind === 'village').slice(0, 2);
	const reservedDaysAgo = [12, 45];
	villages.forEach((v, i) => {
		const [lng, lat] = pointOnFeature(v.geometry).geometry.coordinates;
		targets.push({
			id: `st-${String(targets.length + 1).padStart(2, '0')}`,
			kind: 'reserved_land',
			name: `${v.name}预留地`,
			everyDays: 30,
			treatedOn: treated(reservedDaysAgo[i]),
			geometry: rectangle(lng + rng.range(-0.0005, 0.0005), lat, 90, 60)
		});
	});
	const sites = input.pois.filter((p) => p.kind === 'construction').slice(0, 2);
	const vacantDaysAgo = [25, 8];
	sites.forEach((s, i) => {
		targets.push({
			id: `st-${String(targets.length + 1).padStart(2, '0')}`,
			kind: 'vacant_land',
			name: `${s.name}旁待建地`,
			everyDays: 21,
			treatedOn: treated(vacantDaysAgo[i]),
			geometry: rectangle(s.lng + 80 / 96_000, s.lat, 70, 50)
		});
	});
	return targets;
}
