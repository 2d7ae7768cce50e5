/**
 * Blind-spot (垃圾死角) reports over the three years: an everyday stream whose places and
 * categories follow blind-spot-sources.ts, a set of recurring spots reported again and
 * again, and the planted changes (fewer reports at the renovated market, a new cluster
 * round the construction site that opens in 2024-09).
 */
import type { BlindSpotRecord } from '../contract/records';
import { BLIND_SPOT_CATEGORIES } from '../domain/catalogues/blind-spot-categories';
import { FIRST_DAY, LAST_DAY, isWeekend, isoDateTime, partsOf } from './calendar';
import { toLngLat } from './frame';
import { CONSTRUCTION_FROM, RENOVATED_FROM, type PlantedChanges } from './planted';
import { placeNear } from './placement';
import type { Poi } from './pois';
import type { Rng } from '../domain/random/seeded-random';
import { describeBlindSpot } from './blind-spot-text';
import { settleCase } from './blind-spot-status';
import {
	SOURCE_KINDS,
	SOURCE_WEIGHTS,
	drawSpot,
	pickCategory,
	type SourceKind,
	type Spot,
	type SpotContext
} from './blind-spot-sources';
import { zoneContains, type Zone } from './zones';

const BASE_PER_DAY = 0.5;
/** Spring Festival clean-ups in February, the rainy summer June–September. */
const MONTH_FACTOR = [1, 1.25, 1, 1, 1.05, 1.15, 1.15, 1.15, 1.15, 1, 1, 1.05];
const WEEKEND_FACTOR = 0.6;
const YEAR_FACTOR: Record<number, number> = { 2023: 1, 2024: 0.95, 2025: 0.9 };
/** Share of reports at the renovated market that still occur after the renovation. */
const RENOVATED_MARKET_KEEP = 0.3;
const CONSTRUCTION_PER_DAY = 0.13;
const RECURRING_SPOTS = 20;
const REPORTS_PER_RECURRING: [number, number] = [4, 10];
const RECURRING_RADIUS_M = 12;
const RECURRING_KINDS: readonly SourceKind[] = [
	'market',
	'garbage',
	'lane',
	'lane',
	'construction',
	'road'
];

const WEEKDAY_SOURCES = { 网格员巡查: 0.55, 市民投诉: 0.18, '12345热线': 0.2, 领导督查: 0.07 };
const WEEKEND_SOURCES = { 网格员巡查: 0.15, 市民投诉: 0.45, '12345热线': 0.4 };
/** Reporting hours (minutes after midnight): patrols in office hours, the public any time. */
const PATROL_HOURS: [number, number] = [8 * 60 + 30, 17 * 60 + 30];
const PUBLIC_HOURS: [number, number] = [7 * 60, 22 * 60];

type Draft = Omit<BlindSpotRecord, 'id'> & { minute: number };

export interface BlindSpotInputs {
	ctx: SpotContext;
	communities: readonly Zone[];
	planted: PlantedChanges;
	plantedSite: Poi;
}

export function simulateBlindSpots(rng: Rng, input: BlindSpotInputs): Draft[] {
	const drafts: Draft[] = [];
	const report = (day: number, kind: SourceKind, spot: Spot, category?: string) => {
		drafts.push(
			writeReport(rng, input, day, spot, category ?? pickCategory(kind, partsOf(day).month, rng))
		);
	};
	for (let day = FIRST_DAY; day <= LAST_DAY; day++) {
		const { year, month } = partsOf(day);
		const weekend = isWeekend(day) ? WEEKEND_FACTOR : 1;
		const n = rng.poisson(BASE_PER_DAY * MONTH_FACTOR[month - 1] * weekend * YEAR_FACTOR[year]);
		for (let k = 0; k < n; k++) {
			const kind = SOURCE_KINDS[rng.weighted(SOURCE_KINDS.map((s) => SOURCE_WEIGHTS[s]))];
			const spot = drawSpot(kind, input.ctx, rng);
			if (
				spot.anchorId === input.planted.renovatedMarketId &&
				day >= RENOVATED_FROM &&
				!rng.chance(RENOVATED_MARKET_KEEP)
			)
				continue;
			report(day, kind, spot);
		}
		if (day >= CONSTRUCTION_FROM && rng.chance(CONSTRUCTION_PER_DAY * weekend)) {
			const at = placeNear(rng, input.plantedSite.at, [20, 160], input.ctx.onLand);
			report(day, 'construction', {
				at,
				place: `${input.plantedSite.name}周边`,
				anchorId: input.plantedSite.id
			});
		}
	}
	for (let s = 0; s < RECURRING_SPOTS; s++) {
		const kind = rng.pick(RECURRING_KINDS);
		const home = drawSpot(kind, input.ctx, rng);
		const category = pickCategory(kind, 7, rng);
		for (let k = rng.int(...REPORTS_PER_RECURRING); k > 0; k--) {
			const at = placeNear(rng, home.at, [0, RECURRING_RADIUS_M], input.ctx.onLand);
			report(rng.int(FIRST_DAY, LAST_DAY), kind, { ...home, at }, category);
		}
	}
	return drafts;
}

function writeReport(
	rng: Rng,
	input: BlindSpotInputs,
	day: number,
	spot: Spot,
	category: string
): Draft {
	const sources = isWeekend(day) ? WEEKEND_SOURCES : WEEKDAY_SOURCES;
	const names = Object.keys(sources);
	const source = names[rng.weighted(Object.values(sources))];
	const hours = source === '市民投诉' || source === '12345热线' ? PUBLIC_HOURS : PATROL_HOURS;
	const minute = day * 1440 + rng.int(hours[0], hours[1] - 1);
	const deadline = BLIND_SPOT_CATEGORIES.find((c) => c.code === category)!.deadlineHours;
	const village =
		input.communities.find((c) => zoneContains(c.geometry, spot.at))?.kind === 'village';
	const state = settleCase(minute, category, deadline, village, rng);
	const [lng, lat] = toLngLat(spot.at);
	return {
		minute,
		category,
		description: describeBlindSpot(category, spot.place, rng),
		reportedAt: isoDateTime(minute),
		source,
		...state,
		lng,
		lat
	};
}
