/**
 * The dengue-season week (issue 17 part 3): Aedes risk per community this ISO week and last,
 * streets with a high Breteau index and the breeding sites behind them. Zod-free, so the web
 * imports it; the request schema is in dengue-requests.ts.
 */
import type { Geometry } from 'geojson';
import type { AedesRiskBand } from './aedes-risk';
import type { TargetStop } from './spray-plan-results';

/** The Aedes survey methods of the view: Breteau index, container index, ovitrap index. */
export const DENGUE_METHODS = [
	'mosquito.breteau',
	'mosquito.container',
	'mosquito.ovitrap'
] as const;
export type DengueMethod = (typeof DENGUE_METHODS)[number];

/** A street is highlighted from this BI on: the outbreak band's lower end (domain.md §2). */
export const STREET_BI_LIMIT = 10;
/** A breeding POI within this many metres of a highlighted street is one of its targets. */
export const TARGET_POI_RADIUS_M = 100;

/**
 * The months of weekly Aedes surveillance (the dengue season of a southern town), May–
 * November by default; `dataset_meta` key `dengue_season` ("5-11") overrides it.
 */
export const DEFAULT_DENGUE_SEASON = { fromMonth: 5, toMonth: 11 } as const;

/** One index of one unit in one week: sum(count)/sum(effort)×100, null without effort. */
export interface DengueIndex {
	value: number | null;
	/** Positive containers / positive ovitraps. */
	count: number;
	/** Households inspected / water-holding containers / ovitraps recovered. */
	effort: number;
	/** The risk band of BI and MOI; the container index has none (domain.md §2). */
	band: AedesRiskBand | null;
}

export interface DengueWeekCell {
	/** The worse of the BI and MOI bands; null when neither was surveyed. */
	band: AedesRiskBand | null;
	bi: DengueIndex | null;
	moi: DengueIndex | null;
	ci: DengueIndex | null;
}

export interface DengueCommunity {
	id: string;
	name: string;
	kind: string;
	geometry: Geometry;
	week: DengueWeekCell;
	previous: DengueWeekCell;
	/** The higher of BI and MOI against last week's; null unless both weeks have one. */
	trend: 'up' | 'down' | 'same' | null;
	/** In season with neither a BI nor an MOI survey this week (missed weekly cadence). */
	missed: boolean;
}

export interface DengueRoad {
	roadId: string;
	name: string;
	bi: DengueIndex;
	/** The road's segments with BI surveys this week, as GeoJSON. */
	geometry: Geometry[];
}

export interface DengueWeekResponse {
	week: string;
	from: string;
	to: string;
	previousWeek: string;
	/** The latest week with a BI or MOI survey; null on an install without any. */
	latestWeek: string | null;
	season: { fromMonth: number; toMonth: number; inSeason: boolean };
	communities: DengueCommunity[];
	/** Streets (roads) with BI ≥ STREET_BI_LIMIT this week, highest first. */
	roads: DengueRoad[];
	/** Positive BI/CI/MOI sites on those streets and breeding POIs near them: spray and clean-up. */
	targets: TargetStop[];
}
