/** All points of interest of the demo town, with readable ids by kind (`mkt-01`, `wtr-03`). */
import { featureCollection, intersect, polygon } from '@turf/turf';
import type { PoiKind } from '../contract/records';
import type { XY } from './frame';
import { ringAreaCentroid } from './geometry';
import { RIVER_NAME, POND_NAMES } from './names';
import { placeConstruction, placeMarkets } from './poi-anchors';
import {
	scatterGarbageStations,
	scatterHospitals,
	scatterRestaurants,
	scatterSchools,
	scatterToilets,
	type ScatterContext
} from './poi-scatter';
import type { Rng } from '../domain/random/seeded-random';
import { riverRing } from './river';
import type { StreetNetwork } from './streets';
import type { Water } from './water';

export interface Poi {
	id: string;
	kind: PoiKind;
	name: string;
	at: XY;
	outline: XY[] | null;
}

const PREFIX: Record<PoiKind, string> = {
	market: 'mkt',
	restaurant: 'rst',
	garbage_station: 'gbs',
	toilet: 'wc',
	school: 'sch',
	hospital: 'hos',
	water_body: 'wtr',
	construction: 'con'
};

export function poiId(kind: PoiKind, index: number): string {
	return `${PREFIX[kind]}-${String(index + 1).padStart(2, '0')}`;
}

export interface PoiInputs {
	net: StreetNetwork;
	outline: XY[];
	water: Water;
	coreRing: XY[];
	onLand: (p: XY) => boolean;
}

export function placePois(rng: Rng, input: PoiInputs): Poi[] {
	const ctx: ScatterContext = {
		segments: input.net.segments,
		coreRing: input.coreRing,
		onLand: input.onLand
	};
	const markets = placeMarkets(input.net, input.onLand, rng.fork('markets'));
	const kinds: [PoiKind, { name: string; at: XY; outline?: XY[] | null }[]][] = [
		['water_body', waterBodies(input)],
		['market', markets],
		['construction', placeConstruction(input.net, input.onLand, rng.fork('construction'))],
		['garbage_station', scatterGarbageStations(rng.fork('garbage'), ctx)],
		['toilet', scatterToilets(rng.fork('toilets'), ctx, markets)],
		['school', scatterSchools(rng.fork('schools'), ctx)],
		['hospital', scatterHospitals(rng.fork('hospitals'), ctx)],
		['restaurant', scatterRestaurants(rng.fork('restaurants'), ctx)]
	];
	return kinds.flatMap(([kind, list]) =>
		list.map((p, k) => ({
			id: poiId(kind, k),
			kind,
			name: p.name,
			at: p.at,
			outline: p.outline ?? null
		}))
	);
}

function waterBodies(input: PoiInputs): { name: string; at: XY; outline: XY[] }[] {
	const river = intersect(
		featureCollection([polygon([riverRing(input.water.riverLine)]), polygon([input.outline])])
	);
	if (!river) throw new Error('the river misses the town');
	const g = river.geometry;
	const rings = (
		g.type === 'Polygon' ? [g.coordinates[0]] : g.coordinates.map((p) => p[0])
	) as XY[][];
	const ring = rings.reduce((a, b) =>
		Math.abs(ringAreaCentroid(b).area) > Math.abs(ringAreaCentroid(a).area) ? b : a
	);
	const ponds = input.water.ponds.map((p, k) => ({
		name: POND_NAMES[k],
		at: p.at,
		outline: p.ring
	}));
	return [{ name: RIVER_NAME, at: ringAreaCentroid(ring).centroid, outline: ring }, ...ponds];
}
