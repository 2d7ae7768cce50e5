/**
 * Fixed monitoring sites (`S001`…): one per market, hospital and older construction site, a
 * sample of restaurants, garbage stations, schools and park ponds, and residential sites: one
 * per community, two per village, the first in the construction community near that site.
 */
import type { XY } from './frame';
import { pointAlong } from './geometry';
import { placeBesideRoad, placeNear } from './placement';
import type { Poi } from './pois';
import type { Rng } from '../domain/random/seeded-random';
import type { Segment } from './streets';
import { HABITATS, HABITAT_METHODS, RESIDENTIAL_BRETEAU_SHARE, type Habitat } from './survey-plan';
import { zoneCentroid, zoneContains, type Zone } from './zones';

const RESTAURANT_SITES = 10;
const GARBAGE_SITES = 6;
const SCHOOL_SITES = 4;
const PARK_SITES = 6;
/** Villages are large, so they get more residential sites than communities (1). */
const RESIDENTIAL_PER_VILLAGE = 2;
const RESIDENTIAL_SPACING_M = 800;

export interface Site {
	id: string;
	habitat: Habitat;
	at: XY;
	communityId: string;
	methods: readonly string[];
}

export interface SiteInputs {
	pois: readonly Poi[];
	communities: readonly Zone[];
	segments: readonly Segment[];
	onLand: (p: XY) => boolean;
	plantedConstructionId: string;
}

export function placeSites(rng: Rng, input: SiteInputs): Site[] {
	const kind = (k: Poi['kind']) => input.pois.filter((p) => p.kind === k);
	const near = (p: Poi, r: [number, number]) => placeNear(rng, p.at, r, input.onLand);
	const stations = kind('garbage_station');
	const spots: Record<Habitat, XY[]> = {
		农贸市场: kind('market').map((p) => near(p, [15, 40])),
		餐饮店: rng
			.shuffle(kind('restaurant'))
			.slice(0, RESTAURANT_SITES)
			.map((p) => p.at),
		居民区: input.communities.flatMap((c) => residentialSpots(rng, c, input)),
		公园绿地: kind('water_body')
			.slice(1, PARK_SITES + 1)
			.map((p) => near(p, [100, 140])),
		建筑工地: kind('construction')
			.filter((p) => p.id !== input.plantedConstructionId)
			.map((p) => p.at),
		垃圾中转站: [
			...stations.slice(0, 3),
			...rng.shuffle(stations.slice(3)).slice(0, GARBAGE_SITES - 3)
		].map((p) => p.at),
		医院: kind('hospital').map((p) => near(p, [10, 30])),
		学校: kind('school')
			.slice(0, SCHOOL_SITES)
			.map((p) => p.at)
	};
	const sites: Site[] = [];
	for (const habitat of HABITATS) {
		for (const at of spots[habitat]) {
			const community = input.communities.find((c) => zoneContains(c.geometry, at));
			if (!community) throw new Error(`site at ${at} is outside every community`);
			const breteau = habitat === '居民区' && rng.chance(RESIDENTIAL_BRETEAU_SHARE);
			sites.push({
				id: `S${String(sites.length + 1).padStart(3, '0')}`,
				habitat,
				at,
				communityId: community.id,
				methods: breteau
					? [...HABITAT_METHODS[habitat], 'mosquito.breteau']
					: HABITAT_METHODS[habitat]
			});
		}
	}
	return sites;
}

/** Residential sites of a zone; the first one in the construction community sits near the site. */
function residentialSpots(rng: Rng, community: Zone, input: SiteInputs): XY[] {
	const inside = (p: XY) => input.onLand(p) && zoneContains(community.geometry, p);
	const planted = input.pois.find((p) => p.id === input.plantedConstructionId)!;
	const segments = input.segments.filter((s) =>
		zoneContains(community.geometry, pointAlong(s.line, 0.5).at)
	);
	const spread = (avoid: XY[]): XY =>
		segments.length === 0
			? placeNear(rng, zoneCentroid(community.geometry), [0, 400], inside)
			: placeBesideRoad(rng, {
					segments,
					weights: segments.map(() => 1),
					offset: [20, 60],
					onLand: inside,
					avoid,
					spacing: RESIDENTIAL_SPACING_M
				}).at;
	const spots: XY[] = [];
	if (zoneContains(community.geometry, planted.at))
		spots.push(placeNear(rng, planted.at, [180, 320], inside));
	const wanted = community.kind === 'village' ? RESIDENTIAL_PER_VILLAGE : 1;
	while (spots.length < wanted) spots.push(spread(spots));
	return spots;
}
