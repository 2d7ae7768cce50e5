/**
 * How much a site's surroundings raise each pest: its habitat, its community (villages are
 * quieter; each community also gets a lasting random character) and the distance decay
 * to the nearest garbage station, market, water and restaurant:
 * factor = habitat × zone × (1 + Σ weight × exp(−distance / DECAY_M)).
 */
import type { Pest } from '../contract/records';
import { distance, pointToLineDistance } from './geometry';
import type { Poi } from './pois';
import type { Rng } from '../domain/random/seeded-random';
import { RIVER_WIDTH_M } from './river';
import type { Site } from './sites';
import { HABITAT_FACTOR } from './survey-plan';
import type { Water } from './water';
import type { Zone } from './zones';

const DECAY_M = { garbage: 150, market: 200, water: 250, restaurant: 120 };
export const PROXIMITY_WEIGHT: Record<
	Pest,
	{ garbage: number; market: number; water: number; restaurant: number }
> = {
	rat: { garbage: 1.2, market: 1.0, water: 0.3, restaurant: 0.6 },
	mosquito: { garbage: 0.3, market: 0.3, water: 1.5, restaurant: 0 },
	fly: { garbage: 1.5, market: 1.2, water: 0, restaurant: 0.5 },
	cockroach: { garbage: 0.4, market: 1.0, water: 0, restaurant: 1.0 }
};
const VILLAGE_FACTOR = 0.6;
/** Spread of the lasting per-community character (log scale). */
const ZONE_SIGMA = 0.25;

export type SiteFactors = Record<Pest, number>;

export function drawZoneFactors(communities: readonly Zone[], rng: Rng): Map<string, number> {
	return new Map(
		communities.map((c) => [
			c.id,
			(c.kind === 'village' ? VILLAGE_FACTOR : 1) * Math.exp(ZONE_SIGMA * rng.normal())
		])
	);
}

export function siteFactors(
	site: Site,
	pois: readonly Poi[],
	water: Water,
	zoneFactor: number
): SiteFactors {
	const nearest = (kind: Poi['kind']) =>
		Math.min(...pois.filter((p) => p.kind === kind).map((p) => distance(p.at, site.at)));
	const toWater = Math.min(
		pointToLineDistance(site.at, water.riverLine) - RIVER_WIDTH_M / 2,
		...water.ponds.map((p) => pointToLineDistance(site.at, p.ring))
	);
	const d = {
		garbage: nearest('garbage_station'),
		market: nearest('market'),
		water: Math.max(0, toWater),
		restaurant: nearest('restaurant')
	};
	const factor = (pest: Pest) => {
		const w = PROXIMITY_WEIGHT[pest];
		const prox =
			1 +
			w.garbage * Math.exp(-d.garbage / DECAY_M.garbage) +
			w.market * Math.exp(-d.market / DECAY_M.market) +
			w.water * Math.exp(-d.water / DECAY_M.water) +
			w.restaurant * Math.exp(-d.restaurant / DECAY_M.restaurant);
		return HABITAT_FACTOR[site.habitat][pest] * zoneFactor * prox;
	};
	return {
		rat: factor('rat'),
		mosquito: factor('mosquito'),
		fly: factor('fly'),
		cockroach: factor('cockroach')
	};
}
