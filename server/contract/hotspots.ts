/**
 * The hot-spot contract (issue 4): `/api/hotspots`, `/api/hotspots/roads` and
 * `/api/priorities` queries (zod, at the HTTP boundary) and their response shapes.
 */
import { z } from 'zod';
import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';
import {
	dateWindowFields as window,
	formatField,
	h3ResField,
	idField,
	isOrderedWindow as ordered,
	langField as lang,
	pestField,
	UNORDERED_WINDOW as orderedMessage,
	wholeNumberField as wholeNumber
} from './fields';
import { commaList } from './lists';

/**
 * Most cells one Gi* request may analyse. 50,000 res-10 cells cover ~750 km² (a county's
 * built-up area); their GeoJSON is ~20 MB, about what a browser parses and deck.gl draws
 * without stalling. Beyond that, ask for a coarser resolution or one zone.
 */
export const MAX_HOTSPOT_CELLS = 50_000;

/**
 * Neighbourhoods for Gi* (issue 17): `h3` the grid disk of k rings round each cell; for point
 * surveys, on the survey sites themselves, `distance` a fixed band (default: the smallest
 * giving every site a neighbour) or `knn` the nearest sites.
 */
export const HOTSPOT_NEIGHBOURHOODS = ['h3', 'distance', 'knn'] as const;
export type HotspotNeighbourhood = (typeof HOTSPOT_NEIGHBOURHOODS)[number];

/** Most survey sites one site-neighbourhood request analyses (the sweep is sub-quadratic, but bounded). */
export const MAX_HOTSPOT_SITES = 5_000;
/** Widest distance band, metres: 50 km spans a county; wider makes every site everyone's neighbour. */
export const MAX_BAND_M = 50_000;
/** Most neighbour pairs a band may list (~40 MB of lists); a wider band is refused with 422. */
export const MAX_NEIGHBOUR_PAIRS = 1_000_000;
/** Nearest sites: 8 is ArcGIS's default number of neighbours; up to 30. */
export const DEFAULT_NEAREST_SITES = 8;
export const MAX_NEAREST_SITES = 30;

/** Answer forms of `/api/hotspots` (see `format` below). */
export const HOTSPOT_FORMATS = ['geojson', 'cells'] as const;
export type HotspotFormat = (typeof HOTSPOT_FORMATS)[number];

/** The neighbourhood fields of `/api/hotspots` (not of the emerging view, which stays on H3). */
const neighbourhoodFields = {
	neighbourhood: z
		.enum(HOTSPOT_NEIGHBOURHOODS, {
			message: `neighbourhood must be one of ${HOTSPOT_NEIGHBOURHOODS.join(', ')}`
		})
		.default('h3'),
	bandM: z.coerce
		.number({ message: `bandM must be a distance in metres from 1 to ${MAX_BAND_M}` })
		.min(1, { message: `bandM must be from 1 to ${MAX_BAND_M} metres`, abort: true })
		.max(MAX_BAND_M, { message: `bandM must be from 1 to ${MAX_BAND_M} metres`, abort: true })
		.optional(),
	nearest: wholeNumber('nearest', 1, MAX_NEAREST_SITES).default(DEFAULT_NEAREST_SITES),
	/**
	 * Issue 18: `geojson` (the default, for GIS clients) gives each cell its hexagon; `cells`
	 * gives the cells as ids with their values and bins (`HotspotCellList`), a third of the bytes, and the
	 * client draws the hexagons from the ids as the density layer does. Grid cells only: a survey
	 * site's position is its data, so site neighbourhoods answer GeoJSON points.
	 */
	format: formatField(HOTSPOT_FORMATS).default('geojson')
};

export const HOTSPOT_SUBJECTS = ['blindspots', 'open', 'pest'] as const;
export type HotspotSubject = (typeof HOTSPOT_SUBJECTS)[number];

/** The fields `/api/hotspots` shares with `/api/hotspots/emerging`. */
const hotspotFields = {
	subject: z
		.enum(HOTSPOT_SUBJECTS, {
			message: `subject must be one of ${HOTSPOT_SUBJECTS.join(', ')}`
		})
		.default('blindspots'),
	pest: pestField.optional(),
	method: idField('method', 'a survey method code').optional(),
	category: commaList('category').optional(),
	res: h3ResField,
	k: wholeNumber('k', 1, 5).default(1),
	fdr: z
		.enum(['true', 'false'], { message: 'fdr must be true or false' })
		.optional()
		.transform((s) => s === 'true'),
	zone: idField('zone', 'a zone id').optional(),
	...window
};

export const hotspotQuerySchema = z
	.strictObject({ ...hotspotFields, ...neighbourhoodFields })
	.refine(ordered, orderedMessage)
	.refine((q) => q.neighbourhood === 'h3' || q.subject === 'pest', {
		message: 'neighbourhood distance or knn needs survey sites: use it with subject=pest',
		path: ['neighbourhood']
	})
	.refine((q) => q.format === 'geojson' || q.neighbourhood === 'h3', {
		message:
			'format=cells applies to neighbourhood=h3 (survey sites are answered as GeoJSON points)',
		path: ['format']
	})
	.refine((q) => q.bandM === undefined || q.neighbourhood === 'distance', {
		message: 'bandM applies only to neighbourhood=distance',
		path: ['bandM']
	})
	.refine((q) => q.subject !== 'pest' || q.pest, {
		message: 'pest is required when subject=pest',
		path: ['pest']
	})
	.refine((q) => q.subject !== 'pest' || q.method, {
		message: 'method is required when subject=pest (an index needs one method)',
		path: ['method']
	})
	.refine((q) => q.subject === 'pest' || (!q.pest && !q.method), {
		message: 'pest and method apply only to subject=pest',
		path: ['pest']
	})
	.refine((q) => q.subject !== 'pest' || !q.category, {
		message: 'category applies only to subject=blindspots or open',
		path: ['category']
	});
export type HotspotQuery = z.infer<typeof hotspotQuerySchema>;
/** The H3-cell analysis's query (also what `/api/priorities` asks for). */
export type HotspotCellQuery = Omit<HotspotQuery, keyof typeof neighbourhoodFields>;

/** Why a cell has no z: all values equal, no neighbour but itself, or its neighbourhood is the whole study set. */
export type HotspotReason = 'zero_variance' | 'no_neighbours' | 'whole_study_area';

export interface HotspotProperties {
	h3: string;
	/**
	 * The community or village the cell's centre lies in, as the density rows name H3 cells
	 * ("沙头村", "沙头村 #2" where it has several); the id outside every zone.
	 */
	name?: string;
	/** Reports in the cell, or the pest index (sum(count)/sum(effort) × multiplier). */
	value: number;
	z: number | null;
	/** Two-sided p of z (raw; bins use BH-adjusted p when fdr is on). */
	p: number | null;
	/** −3 … 3: cold/hot at 99, 95, 90 % confidence; 0 not significant. */
	bin: number;
	reason?: HotspotReason;
}

export interface HotspotMeta {
	/** Cells, or sites with a site neighbourhood. */
	cells: number;
	neighbourhood: HotspotNeighbourhood;
	/** Cells or sites with no neighbour but themselves: Gi* cannot judge them. */
	noNeighbours: number;
	/** The band used (distance), metres; null otherwise. */
	bandM: number | null;
	/** The smallest band giving every site a neighbour (site neighbourhoods, ≥ 2 sites); else null. */
	defaultBandM: number | null;
	/** Nearest sites (knn); null otherwise. */
	nearest: number | null;
	k: number;
	res: number;
	fdr: boolean;
	/** `few_cells` (< 30: unreliable) or `zero_variance` (every value equal), with an English message. */
	warning: { code: 'few_cells' | 'zero_variance'; message: string } | null;
	subject: HotspotSubject;
	zone: string | null;
	from: string | null;
	to: string | null;
}

export type HotspotCollection = FeatureCollection<Polygon, HotspotProperties> & {
	meta: HotspotMeta;
};

/**
 * `/api/hotspots?format=cells` (issue 18): the grid cells as ids, each with the properties the
 * GeoJSON form gives it and in the same order; the hexagon of a cell is `cellToBoundary(h3)`.
 */
export interface HotspotCellList {
	meta: HotspotMeta;
	cells: HotspotProperties[];
}

/** A survey site's Gi* result: the site at the mean position of its surveys in the window. */
export interface SiteHotspotProperties {
	site: string;
	/** The pest index over the site's surveys: sum(count)/sum(effort) × multiplier. */
	value: number;
	/** Surveys of the site in the window. */
	surveys: number;
	z: number | null;
	p: number | null;
	bin: number;
	reason?: HotspotReason;
}

/** `/api/hotspots` with neighbourhood=distance or knn: points, one per survey site. */
export type SiteHotspotCollection = FeatureCollection<Point, SiteHotspotProperties> & {
	meta: HotspotMeta;
};

export type HotspotResponse = HotspotCollection | SiteHotspotCollection;
/** What the web asks for: grid cells as ids, or survey sites as points. */
export type HotspotWebResponse = HotspotCellList | SiteHotspotCollection;

/** Reports count for a segment when its nearest segment lies within this distance (issue 4). */
export const ROAD_SNAP_M = 50;

export const roadRankingQuerySchema = z
	.strictObject({
		category: commaList('category').optional(),
		keyGroup: idField('keyGroup', 'a key group such as 十路一区').optional(),
		format: formatField(['json', 'geojson', 'csv', 'xlsx']).default('json'),
		lang,
		...window
	})
	.refine(ordered, orderedMessage);
export type RoadRankingQuery = z.infer<typeof roadRankingQuerySchema>;

export interface RoadRankingRow {
	rank: number;
	id: string;
	name: string;
	roadId: string;
	/** The roads met at the segment's first and last vertex (null at a dead end or bend). */
	from: string | null;
	to: string | null;
	grade: number;
	keyGroup: string | null;
	lengthM: number;
	reports: number;
	/** Reports per 100 m of segment. */
	per100m: number;
	openCases: number;
	/** Highest recurrence among the reports; 0 without reports. */
	maxRecurrence: number;
}

export interface RoadRankingResponse {
	snapM: number;
	from: string | null;
	to: string | null;
	keyGroup: string | null;
	segments: RoadRankingRow[];
}

export type RoadRankingCollection = FeatureCollection<LineString, RoadRankingRow>;

export const MAX_PRIORITIES = 200;

export const priorityQuerySchema = z
	.strictObject({
		limit: wholeNumber('limit', 1, MAX_PRIORITIES).default(20),
		format: formatField(['json', 'csv', 'xlsx']).default('json'),
		lang,
		...window
	})
	.refine(ordered, orderedMessage);
export type PriorityQuery = z.infer<typeof priorityQuerySchema>;

export const PRIORITY_REASON_CODES = [
	'hotspot',
	'recent_reports',
	'recurrence',
	'overdue_open',
	'pest_level'
] as const;
export type PriorityReasonCode = (typeof PRIORITY_REASON_CODES)[number];

export interface PriorityReason {
	code: PriorityReasonCode;
	/** Bin, count, recurrence or level (`C`, `FAIL`). */
	value: number | string;
	/** What it added to the score. */
	points: number;
}

export interface PriorityRow {
	rank: number;
	/** The place's best cell (its score, reasons and centre). */
	h3: string;
	/**
	 * Every res-9 cell of the place, best first: touching cells of one community and road are
	 * one place (docs/decisions.md).
	 */
	cells: string[];
	score: number;
	/** Cell centre [lng, lat], 6 decimals, for fly-to. */
	centre: [number, number];
	zoneId: string | null;
	zoneName: string | null;
	/** The road most of the cell's reports were snapped to. */
	roadName: string | null;
	/** Reports in all the place's cells. */
	reports: number;
	reasons: PriorityReason[];
}

export interface PriorityResponse {
	from: string;
	to: string;
	res: number;
	priorities: PriorityRow[];
}

/** `/api/hotspots/emerging`: the hot-spot query over time slices (issue 6). */
export const emergingQuerySchema = z
	.strictObject({
		...hotspotFields,
		slice: z
			.enum(['month', 'season'], { message: 'slice must be month or season' })
			.default('month')
	})
	.refine(ordered, orderedMessage)
	.refine((q) => q.subject !== 'pest' || (q.pest && q.method), {
		message: 'pest and method are required when subject=pest',
		path: ['pest']
	})
	.refine((q) => q.subject === 'pest' || (!q.pest && !q.method), {
		message: 'pest and method apply only to subject=pest',
		path: ['pest']
	});
export type EmergingQuery = z.infer<typeof emergingQuerySchema>;

/** Esri's Emerging Hot Spot categories (domain.md §4), as `classifyEmerging` names them. */
export const EMERGING_CATEGORIES = [
	'new_hot',
	'consecutive_hot',
	'intensifying_hot',
	'persistent_hot',
	'diminishing_hot',
	'sporadic_hot',
	'oscillating_hot',
	'historical_hot',
	'new_cold',
	'consecutive_cold',
	'intensifying_cold',
	'persistent_cold',
	'diminishing_cold',
	'sporadic_cold',
	'oscillating_cold',
	'historical_cold',
	'no_pattern'
] as const;
export type EmergingCategory = (typeof EMERGING_CATEGORIES)[number];

export interface EmergingCell {
	h3: string;
	category: EmergingCategory;
	/** Mann–Kendall tau and two-sided p of the cell's Gi* z series. */
	tau: number;
	p: number;
	hotSlices: number;
	coldSlices: number;
	/** Gi* bin per slice, oldest first. */
	bins: number[];
}

/** `GET /api/hotspots/emerging`: a category per H3 cell over the time slices. */
export type EmergingResponse = FeatureCollection<Polygon, EmergingCell> & {
	meta: {
		cells: number;
		/** Slice ids, oldest first. */
		slices: string[];
		slice: 'month' | 'season';
		k: number;
		res: number;
		fdr: boolean;
		subject: HotspotSubject;
		/** Set when there are too few slices for a reliable trend. */
		warning: { code: string; message: string } | null;
	};
};
