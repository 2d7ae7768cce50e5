/**
 * Changes planted in the data for later analyses to find (data/README.md lists them):
 * the core market is renovated (pests in its community halve from RENOVATED_FROM), and a
 * construction site opens in another community (standing water and mosquito indices rise
 * there from CONSTRUCTION_FROM, and blind-spot reports cluster around it).
 */
import { dayOf, isoDate } from './calendar';
import { PLANTED_CONSTRUCTION } from './poi-anchors';
import { poiId, type Poi } from './pois';
import { zoneContains, type Zone } from './zones';

export const RENOVATED_FROM = dayOf(2025, 3, 1);
export const RENOVATION_FACTOR = 0.5;
export const CONSTRUCTION_FROM = dayOf(2024, 9, 1);
/** Multipliers on survey rates in the construction community once the site has opened. */
export const CONSTRUCTION_FACTORS: Record<string, number> = {
	'mosquito.route_index': 3.5,
	'mosquito.breteau': 2.5,
	'mosquito.landing': 1.6,
	'mosquito.light_trap': 1.3,
	'rat.outdoor_route': 1.5,
	'fly.breeding_sites': 1.5
};

export interface PlantedChanges {
	renovatedMarketId: string;
	renovatedCommunityId: string;
	renovatedFrom: string;
	constructionId: string;
	constructionCommunityId: string;
	constructionFrom: string;
}

export function locatePlantedChanges(
	pois: readonly Poi[],
	communities: readonly Zone[]
): PlantedChanges {
	const home = (id: string) => {
		const poi = pois.find((p) => p.id === id)!;
		return communities.find((c) => zoneContains(c.geometry, poi.at))!.id;
	};
	const market = poiId('market', 0);
	const construction = poiId('construction', PLANTED_CONSTRUCTION);
	return {
		renovatedMarketId: market,
		renovatedCommunityId: home(market),
		renovatedFrom: isoDate(RENOVATED_FROM),
		constructionId: construction,
		constructionCommunityId: home(construction),
		constructionFrom: isoDate(CONSTRUCTION_FROM)
	};
}

/** Multiplier on a survey rate from the planted changes. */
export function plantedFactor(
	planted: PlantedChanges,
	communityId: string,
	method: string,
	day: number
): number {
	let f = 1;
	if (communityId === planted.renovatedCommunityId && day >= RENOVATED_FROM) f *= RENOVATION_FACTOR;
	if (communityId === planted.constructionCommunityId && day >= CONSTRUCTION_FROM)
		f *= CONSTRUCTION_FACTORS[method] ?? 1;
	return f;
}
