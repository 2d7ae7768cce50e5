import type { NeighbourLists } from '$geo/h3-neighbours';
import { analyseGiStar, type GiStarUnit, type HotspotWarning } from './analyse-hotspots';
import {
	buildBandNeighbours,
	buildNearestNeighbours,
	countWithoutNeighbours,
	defaultBandM,
	type SurveySite
} from './site-neighbours';

/** A neighbourhood on the survey sites themselves: a fixed distance band or k nearest sites. */
export type SiteNeighbourhood =
	| { kind: 'distance'; /** Metres; null takes `defaultBandM`. */ bandM: number | null }
	| { kind: 'knn'; nearest: number };

export interface SiteHotspot extends GiStarUnit, SurveySite {}

export interface SiteAnalysis {
	sites: SiteHotspot[];
	warning: HotspotWarning | null;
	/** The band used (distance), in metres; null for k nearest or with fewer than two sites. */
	bandM: number | null;
	/** The smallest band giving every site a neighbour; null with fewer than two sites. */
	defaultBandM: number | null;
	/** Sites with no neighbour but themselves under these settings. */
	noNeighbours: number;
}

/** The neighbour lists of a site neighbourhood, and the band it used. */
export function buildSiteNeighbours(
	sites: readonly SurveySite[],
	neighbourhood: SiteNeighbourhood,
	maxPairs?: number
): { neighbours: NeighbourLists; bandM: number | null; defaultBandM: number | null } {
	const fallback = defaultBandM(sites);
	if (neighbourhood.kind === 'knn') {
		const neighbours = buildNearestNeighbours(sites, neighbourhood.nearest);
		return { neighbours, bandM: null, defaultBandM: fallback };
	}
	const bandM = neighbourhood.bandM ?? fallback;
	// One site, no band: it is its own only neighbour.
	const neighbours = buildBandNeighbours(sites, bandM ?? 0, maxPairs);
	return { neighbours, bandM, defaultBandM: fallback };
}

/**
 * Gi* on survey sites (domain.md §4: binary weights, the site itself included), values in the
 * order of `sites`; reports how many sites the neighbourhood leaves without a neighbour.
 */
export function analyseSiteHotspots(
	sites: readonly SurveySite[],
	values: Float64Array,
	options: { neighbourhood: SiteNeighbourhood; fdr: boolean; maxPairs?: number }
): SiteAnalysis {
	const built = buildSiteNeighbours(sites, options.neighbourhood, options.maxPairs);
	const { units, warning } = analyseGiStar(values, built.neighbours, options.fdr);
	return {
		sites: units.map((u, i) => ({ ...sites[i], ...u })),
		warning,
		bandM: built.bandM,
		defaultBandM: built.defaultBandM,
		noNeighbours: countWithoutNeighbours(built.neighbours)
	};
}
