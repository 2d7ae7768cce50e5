/**
 * Where blind spots turn up and what they are: beside markets, garbage stations, lanes,
 * construction sites, along roads and at the water's edge, each with its own category mix.
 */
import type { XY } from './frame';
import { pointAlong } from './geometry';
import { placeBesideRoad, placeNear } from './placement';
import type { Poi } from './pois';
import { RIVER_WIDTH_M } from './river';
import type { Rng } from '../domain/random/seeded-random';
import type { Segment } from './streets';

export const SOURCE_KINDS = ['market', 'garbage', 'lane', 'construction', 'road', 'water'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Share of everyday reports by where they occur. */
export const SOURCE_WEIGHTS: Record<SourceKind, number> = {
	market: 0.22,
	garbage: 0.25,
	lane: 0.18,
	construction: 0.07,
	road: 0.2,
	water: 0.08
};

/** Relative weights of catalogue categories by place. */
export const CATEGORY_WEIGHTS: Record<SourceKind, Record<string, number>> = {
	market: {
		exposed_garbage: 3,
		overflowing_bin: 2,
		sewage_dumping: 2,
		white_litter: 2,
		dirty_road: 2,
		clutter: 1,
		animal_carcass: 0.5
	},
	garbage: {
		overflowing_bin: 4,
		exposed_garbage: 3,
		accumulated_waste: 1,
		animal_carcass: 0.7,
		sewage_dumping: 0.5,
		burning_garbage: 0.3
	},
	lane: {
		clutter: 3,
		exposed_garbage: 2,
		standing_water: 2,
		white_litter: 1.5,
		sewage_dumping: 1,
		burning_garbage: 0.3
	},
	construction: {
		road_spill: 3,
		accumulated_waste: 3,
		standing_water: 1.5,
		dirty_road: 1.5,
		burning_garbage: 0.5
	},
	road: { dirty_road: 3, white_litter: 2, dirty_green: 2, road_spill: 1, exposed_garbage: 1 },
	water: { dirty_water: 4, white_litter: 1, dirty_green: 1, standing_water: 0.5 }
};
/** Standing water is rare outside the rainy season (April–October). */
const DRY_SEASON_STANDING_WATER = 0.15;
/** The core market draws twice the reports of the others. */
const CORE_MARKET_WEIGHT = 2;

export interface SpotContext {
	markets: readonly Poi[];
	stations: readonly Poi[];
	constructions: readonly Poi[];
	ponds: readonly Poi[];
	lanes: readonly Segment[];
	roads: readonly Segment[];
	riverLine: readonly XY[];
	onLand: (p: XY) => boolean;
}

export interface Spot {
	at: XY;
	place: string;
	anchorId: string | null;
}

const SIDES = ['东', '北', '西', '南'];
function side(from: XY, to: XY): string {
	const a = Math.atan2(to[1] - from[1], to[0] - from[0]);
	return SIDES[(Math.round(a / (Math.PI / 2)) + 4) % 4];
}

const nearPoi = (
	poi: Poi,
	r: [number, number],
	suffix: (s: string) => string,
	ctx: SpotContext,
	rng: Rng
): Spot => {
	const at = placeNear(rng, poi.at, r, ctx.onLand);
	return { at, place: `${poi.name}${suffix(side(poi.at, at))}`, anchorId: poi.id };
};

const besideRoads = (
	roads: readonly Segment[],
	offset: [number, number],
	ctx: SpotContext,
	rng: Rng
) =>
	placeBesideRoad(rng, {
		segments: roads,
		weights: roads.map(() => 1),
		offset,
		onLand: ctx.onLand
	});

export function drawSpot(kind: SourceKind, ctx: SpotContext, rng: Rng): Spot {
	switch (kind) {
		case 'market': {
			const market =
				ctx.markets[rng.weighted(ctx.markets.map((_, k) => (k === 0 ? CORE_MARKET_WEIGHT : 1)))];
			return nearPoi(market, [10, 120], (s) => `${s}侧`, ctx, rng);
		}
		case 'garbage':
			return nearPoi(rng.pick(ctx.stations), [5, 60], () => '旁', ctx, rng);
		case 'construction':
			return nearPoi(rng.pick(ctx.constructions), [20, 140], (s) => `${s}侧围挡外`, ctx, rng);
		case 'lane': {
			const b = besideRoads(ctx.lanes, [0, 6], ctx, rng);
			return { at: b.at, place: `${b.segment.name}内`, anchorId: null };
		}
		case 'road': {
			const b = besideRoads(ctx.roads, [3, 15], ctx, rng);
			return {
				at: b.at,
				place: `${b.segment.name}${side(pointAlong(b.segment.line, 0.5).at, b.at)}侧人行道`,
				anchorId: null
			};
		}
		case 'water':
			return waterSpot(ctx, rng);
	}
}

function waterSpot(ctx: SpotContext, rng: Rng): Spot {
	if (rng.chance(0.7)) return nearPoi(rng.pick(ctx.ponds), [100, 130], (s) => `${s}岸边`, ctx, rng);
	for (;;) {
		const { at, normal } = pointAlong(ctx.riverLine, rng.range(0.15, 0.85));
		const d = (RIVER_WIDTH_M / 2 + rng.range(12, 30)) * (rng.chance(0.5) ? 1 : -1);
		const p: XY = [at[0] + normal[0] * d, at[1] + normal[1] * d];
		if (ctx.onLand(p)) return { at: p, place: `安澜河${d > 0 ? '北' : '南'}岸`, anchorId: null };
	}
}

export function pickCategory(kind: SourceKind, month: number, rng: Rng): string {
	const entries = Object.entries(CATEGORY_WEIGHTS[kind]);
	const dry = month < 4 || month > 10;
	const weights = entries.map(([code, w]) =>
		code === 'standing_water' && dry ? w * DRY_SEASON_STANDING_WATER : w
	);
	return entries[rng.weighted(weights)][0];
}
