import type { NeighbourLists } from '$geo/h3-neighbours';
import { EARTH_RADIUS_M, haversineM } from '../routing/geo-distance';

/**
 * A survey site (trap, ovitrap, bait station) at its mean position: the unit of a point
 * survey's hot-spot analysis when the H3 grid is too fine for a sparse network (issue 17).
 */
export interface SurveySite {
	id: string;
	lng: number;
	lat: number;
}

/**
 * A lower bound of the great-circle distance between two points from their latitudes alone:
 * haversine ≥ R·|Δφ|. Scanning sites sorted by latitude can stop once this exceeds the
 * distance looked for, so neither search compares every pair (sub-quadratic unless every
 * site lies on one parallel). The 1 mm slack absorbs rounding between the two formulas.
 */
const RAD = Math.PI / 180;
const SLACK_M = 1e-3;
const latitudeGapM = (a: SurveySite, b: SurveySite) =>
	EARTH_RADIUS_M * Math.abs(a.lat - b.lat) * RAD;
const distanceM = (a: SurveySite, b: SurveySite) => haversineM(a.lng, a.lat, b.lng, b.lat);

/** Site indices sorted by latitude (ties by index, so the order is deterministic). */
function byLatitude(sites: readonly SurveySite[]): Int32Array {
	return Int32Array.from(sites.keys()).sort((a, b) => sites[a].lat - sites[b].lat || a - b);
}

/**
 * Visits every site j ≠ i whose latitude gap to i is within `limit()` metres, nearest in
 * latitude first on each side; `limit` may shrink while scanning.
 */
function scanNear(
	sites: readonly SurveySite[],
	order: Int32Array,
	rank: number,
	limit: () => number,
	visit: (j: number) => void
): void {
	const here = sites[order[rank]];
	for (let r = rank + 1; r < order.length; r++) {
		if (latitudeGapM(here, sites[order[r]]) > limit() + SLACK_M) break;
		visit(order[r]);
	}
	for (let r = rank - 1; r >= 0; r--) {
		if (latitudeGapM(here, sites[order[r]]) > limit() + SLACK_M) break;
		visit(order[r]);
	}
}

/** Each site's distance to its nearest other site in metres (haversine); Infinity when alone. */
export function nearestSiteDistancesM(sites: readonly SurveySite[]): Float64Array {
	const order = byLatitude(sites);
	const out = new Float64Array(sites.length).fill(Number.POSITIVE_INFINITY);
	for (let rank = 0; rank < order.length; rank++) {
		const i = order[rank];
		scanNear(
			sites,
			order,
			rank,
			() => out[i],
			(j) => {
				out[i] = Math.min(out[i], distanceM(sites[i], sites[j]));
			}
		);
	}
	return out;
}

/**
 * The default distance band: the smallest that gives every site at least one neighbour, i.e.
 * the largest nearest-neighbour distance (ArcGIS's default for a fixed distance band). Null
 * with fewer than two sites.
 */
export function defaultBandM(sites: readonly SurveySite[]): number | null {
	if (sites.length < 2) return null;
	let band = 0;
	for (const d of nearestSiteDistancesM(sites)) band = Math.max(band, d);
	return band;
}

/** Compressed-row lists from one sorted index list per site (self included). */
function toNeighbourLists(lists: readonly number[][]): NeighbourLists {
	const offsets = new Int32Array(lists.length + 1);
	for (let i = 0; i < lists.length; i++) offsets[i + 1] = offsets[i] + lists[i].length;
	const indices = new Int32Array(offsets[lists.length]);
	lists.forEach((list, i) => indices.set(list, offsets[i]));
	return { offsets, indices };
}

/** Thrown when a band would list more neighbour pairs than `maxPairs`. */
export class TooManyPairsError extends Error {
	constructor(readonly maxPairs: number) {
		super(`the band gives more than ${maxPairs} neighbour pairs`);
	}
}

/**
 * Fixed distance band: site j neighbours site i when their haversine distance is at most
 * `bandM` (spdep's dnearneigh(d1 = 0, d2 = band)); each list holds i itself and is sorted by
 * index. Stops with TooManyPairsError past `maxPairs` listed pairs, before the lists grow
 * quadratic with a band as wide as the town.
 */
export function buildBandNeighbours(
	sites: readonly SurveySite[],
	bandM: number,
	maxPairs = Number.POSITIVE_INFINITY
): NeighbourLists {
	const order = byLatitude(sites);
	const lists = sites.map((_, i) => [i]);
	let pairs = 0;
	for (let rank = 0; rank < order.length; rank++) {
		const i = order[rank];
		scanNear(
			sites,
			order,
			rank,
			() => bandM,
			(j) => {
				if (distanceM(sites[i], sites[j]) > bandM) return;
				lists[i].push(j);
				if (++pairs > maxPairs) throw new TooManyPairsError(maxPairs);
			}
		);
	}
	return toNeighbourLists(lists.map((l) => l.sort((a, b) => a - b)));
}

/**
 * k nearest sites (spdep's knearneigh(k) → knn2nb): each site's k nearest other sites by
 * haversine distance, ties to the lower index, plus the site itself; not symmetric. With
 * fewer than k other sites, all of them.
 */
export function buildNearestNeighbours(sites: readonly SurveySite[], k: number): NeighbourLists {
	const order = byLatitude(sites);
	const rankOf = new Int32Array(sites.length);
	order.forEach((i, rank) => (rankOf[i] = rank));
	const lists = sites.map((_, i) => {
		const best: { j: number; d: number }[] = [];
		const kth = () => (best.length < k ? Number.POSITIVE_INFINITY : best[best.length - 1].d);
		scanNear(sites, order, rankOf[i], kth, (j) => {
			const d = distanceM(sites[i], sites[j]);
			const last = best[best.length - 1];
			if (best.length === k && (d > last.d || (d === last.d && j > last.j))) return;
			best.push({ j, d });
			best.sort((a, b) => a.d - b.d || a.j - b.j);
			if (best.length > k) best.pop();
		});
		return [i, ...best.map((b) => b.j)].sort((a, b) => a - b);
	});
	return toNeighbourLists(lists);
}

/** How many units have no neighbour but themselves (Gi* cannot judge them). */
export function countWithoutNeighbours({ offsets }: NeighbourLists): number {
	let n = 0;
	for (let i = 0; i + 1 < offsets.length; i++) if (offsets[i + 1] - offsets[i] <= 1) n++;
	return n;
}
