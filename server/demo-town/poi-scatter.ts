/**
 * Everyday places scattered beside roads with preferences: garbage stations, toilets,
 * schools, hospitals and restaurants (clustered in the core and along main roads).
 */
import type { XY } from './frame';
import { lineLength, pointAlong, pointInRing } from './geometry';
import { HOSPITAL_NAMES, RESTAURANT_KINDS, RESTAURANT_PREFIXES, SCHOOL_NAMES } from './names';
import { placeBesideRoad, placeNear, type Beside } from './placement';
import type { Rng } from '../domain/random/seeded-random';
import type { Segment } from './streets';

export const GARBAGE_STATION_COUNT = 25;
/** The first stations placed are the bigger 转运站 (transfer stations). */
const TRANSFER_STATIONS = 3;
export const TOILET_COUNT = 20;
export const SCHOOL_COUNT = 8;
export const HOSPITAL_COUNT = 3;
export const RESTAURANT_COUNT = 60;
/** Share of restaurants inside the key area (the market core). */
const RESTAURANTS_IN_CORE = 0.6;

export interface Scattered {
	name: string;
	at: XY;
}

export interface ScatterContext {
	segments: readonly Segment[];
	coreRing: readonly XY[];
	onLand: (p: XY) => boolean;
}

const inCore = (ctx: ScatterContext, s: Segment) =>
	pointInRing(pointAlong(s.line, 0.5).at, ctx.coreRing);

function scatter(
	rng: Rng,
	ctx: ScatterContext,
	n: number,
	weight: (s: Segment) => number,
	offset: [number, number],
	spacing: number,
	avoid: XY[] = []
): Beside[] {
	const segments = ctx.segments.filter((s) => weight(s) > 0);
	const weights = segments.map((s) => weight(s) * lineLength(s.line));
	const placed: Beside[] = [];
	for (let k = 0; k < n; k++) {
		const all = [...avoid, ...placed.map((p) => p.at)];
		placed.push(
			placeBesideRoad(rng, { segments, weights, offset, onLand: ctx.onLand, avoid: all, spacing })
		);
	}
	return placed;
}

/** Names a place after its road, numbering repeats: 人民路公厕, 人民路公厕（2）. */
function roadNamer(suffix: (k: number) => string) {
	const seen = new Map<string, number>();
	return (b: Beside, k: number): Scattered => {
		const base = `${b.segment.name}${suffix(k)}`;
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		return { name: n === 1 ? base : `${base}（${n}）`, at: b.at };
	};
}

export function scatterGarbageStations(rng: Rng, ctx: ScatterContext): Scattered[] {
	const weight = (s: Segment) => (inCore(ctx, s) ? 2 : 1) * (s.grade === 4 ? 1.5 : 1);
	const name = roadNamer((k) => (k < TRANSFER_STATIONS ? '垃圾转运站' : '垃圾收集点'));
	return scatter(rng, ctx, GARBAGE_STATION_COUNT, weight, [8, 20], 250).map(name);
}

export function scatterToilets(
	rng: Rng,
	ctx: ScatterContext,
	markets: readonly Scattered[]
): Scattered[] {
	const byMarkets = markets.map((m) => ({
		name: `${m.name}公厕`,
		at: placeNear(rng, m.at, [30, 60], ctx.onLand)
	}));
	const weight = (s: Segment) => (inCore(ctx, s) ? 2 : 1) * (s.grade <= 2 ? 1.5 : 1);
	const avoid = byMarkets.map((t) => t.at);
	const rest = scatter(rng, ctx, TOILET_COUNT - byMarkets.length, weight, [10, 25], 300, avoid);
	return [...byMarkets, ...rest.map(roadNamer(() => '公厕'))];
}

export function scatterSchools(rng: Rng, ctx: ScatterContext): Scattered[] {
	const weight = (s: Segment) => (s.grade === 2 || s.grade === 3 ? 1 : 0);
	return scatter(rng, ctx, SCHOOL_COUNT, weight, [60, 90], 600).map((b, k) => ({
		name: SCHOOL_NAMES[k],
		at: b.at
	}));
}

export function scatterHospitals(rng: Rng, ctx: ScatterContext): Scattered[] {
	const weight = (s: Segment) => (s.grade <= 2 ? 1 : 0);
	return scatter(rng, ctx, HOSPITAL_COUNT, weight, [50, 80], 900).map((b, k) => ({
		name: HOSPITAL_NAMES[k],
		at: b.at
	}));
}

export function scatterRestaurants(rng: Rng, ctx: ScatterContext): Scattered[] {
	const core = Math.round(RESTAURANT_COUNT * RESTAURANTS_IN_CORE);
	const inside = scatter(rng, ctx, core, (s) => (inCore(ctx, s) ? 1 : 0), [8, 18], 25);
	const along = scatter(
		rng,
		ctx,
		RESTAURANT_COUNT - core,
		(s) => (s.grade <= 2 && !inCore(ctx, s) ? 1 : 0),
		[8, 18],
		25,
		inside.map((b) => b.at)
	);
	return [...inside, ...along].map((b, k) => ({
		name: `${RESTAURANT_PREFIXES[k % 10]}${RESTAURANT_KINDS[(3 * k + Math.floor(k / 10)) % 10]}`,
		at: b.at
	}));
}
