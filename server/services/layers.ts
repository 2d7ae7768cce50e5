import type { FeatureCollection } from 'geojson';
import { LAYER_KINDS, type LayerId, type LayerQuery } from '../contract/layers';
import type { Database, Row } from '../db/database';
import { isOpenCaseStatus, type CaseStatus } from '../contract/case-states';
import { isDueSoon } from '../domain/calendar/deadline-clock';
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import { loadCalendar } from './case-calendar';
import { AppError, BadRequestError } from '../errors';
import { caseDeadline } from '../domain/calendar/case-deadline';
import { formatLocalTime } from '../domain/routing/local-time';
import { formatLayerCollection, writeLayerCollection } from '../format/layer-geojson';
import {
	buildH3CountsQuery,
	buildLayerCountQuery,
	buildLayerQuery,
	buildLayerSampleQuery,
	H3_LAYERS,
	LAYER_FILTERS,
	MAX_FEATURES_PER_RESPONSE
} from '../queries/layers';
import { ARROW_STREAM_TYPE, formatH3CountsArrow, formatPointsArrow } from '../format/layer-arrow';
import { geojsonWriter } from '../format/file-writers';
import { assertKnownCodes } from './known-codes';
import {
	AGGREGATE_BELOW_ZOOM,
	AGGREGATE_MIN_POINTS,
	h3ResolutionForZoom
} from '../contract/layer-zoom';

/**
 * Most features one export file holds. A file is not drawn, so it may hold more than a map
 * response (MAX_FEATURES_PER_RESPONSE, 50k); 200k survey rows make a ~30 MB CSV and an XLSX
 * that exceljs writes in about 10 s. Past it: narrow the filters (422 says so).
 */
export const MAX_EXPORT_FEATURES = 200_000;

/**
 * Refuses a filter the layer does not take (it would be ignored silently otherwise) and a
 * method or category code missing from the catalogues.
 */
export async function checkLayerFilters(
	db: Database,
	layer: LayerId,
	filters: LayerQuery
): Promise<void> {
	const allowed = LAYER_FILTERS[layer];
	const given = Object.keys(filters).filter((k) => filters[k as keyof LayerQuery] !== undefined);
	const foreign = given.filter((k) => !allowed.includes(k as keyof LayerQuery));
	if (foreign.length) {
		throw new BadRequestError(
			`${foreign.join(', ')} does not apply to layer ${layer}; it takes ${allowed.join(', ')}`,
			{ parameters: foreign }
		);
	}
	const kinds = LAYER_KINDS[layer];
	const foreignKinds = kinds ? (filters.kind ?? []).filter((k) => !kinds.includes(k)) : [];
	if (foreignKinds.length) {
		throw new BadRequestError(
			`kind: ${foreignKinds.join(', ')} is not a kind of ${layer}; it has ${kinds!.join(', ')}`,
			{ parameter: 'kind' }
		);
	}
	if (filters.method) await assertKnownCodes(db, 'survey_methods', 'method', filters.method);
	if (filters.category) {
		await assertKnownCodes(db, 'blind_spot_categories', 'category', filters.category);
	}
}

/**
 * One layer as GeoJSON text, filtered and capped at `cap` features (`truncated` beyond). With
 * `now` (the map's request), blind spots also carry `deadline`, `overdue`, `overdueDays` and
 * `dueSoon` as of that moment; export files keep the stored columns only.
 */
export async function loadLayer(
	db: Database,
	layer: LayerId,
	filters: LayerQuery,
	cap = MAX_FEATURES_PER_RESPONSE,
	now?: Date,
	area: readonly string[] | null = null
): Promise<string> {
	await checkLayerFilters(db, layer, filters);
	const { sql, params } = buildLayerQuery(layer, filters, cap, area);
	let rows = await db.query(sql, params);
	if (layer === 'blindspots' && now) rows = withCaseDeadlines(rows, now, await loadCalendar(db));
	return formatLayerCollection(rows, { cap, bbox: filters.bbox });
}

/** What the map is told besides the features: whether the cap cut, and how many there are. */
export interface LayerCount {
	capped: boolean;
	total: number;
	returned: number;
}

export type MapLayerAnswer = LayerCount & {
	body: string | Uint8Array;
	contentType: string;
	/** `points`, or `h3` with its resolution for cell counts. */
	form: 'points' | 'h3';
	resolution: number | null;
};

/**
 * One layer for the map (issue 18): the features matching the filters, or when more than
 * the cap match, a sample that represents the area (buildLayerSampleQuery), with the count.
 * `arrow`: point layers as an Arrow stream of the drawn columns only, and at low zoom with
 * many points, H3 cell counts instead. Line and polygon layers are always GeoJSON.
 */
export async function loadMapLayer(
	db: Database,
	layer: LayerId,
	filters: LayerQuery,
	options: {
		arrow: boolean;
		now: Date;
		area: readonly string[] | null;
		/** Tests shrink the cap and the aggregation threshold to the demo town's size. */
		cap?: number;
		aggregateAbove?: number;
	}
): Promise<MapLayerAnswer> {
	const { area, now, cap = MAX_FEATURES_PER_RESPONSE } = options;
	const aggregateAbove = options.aggregateAbove ?? AGGREGATE_MIN_POINTS;
	await checkLayerFilters(db, layer, filters);
	const { zoom, ...where } = filters;
	const arrow = options.arrow && ARROW_LAYERS.has(layer);
	const count = buildLayerCountQuery(layer, where, area);
	const total = Number((await db.query(count.sql, count.params))[0]!.n);
	if (
		arrow &&
		H3_LAYERS.has(layer) &&
		zoom !== undefined &&
		zoom < AGGREGATE_BELOW_ZOOM &&
		total > aggregateAbove
	) {
		const resolution = h3ResolutionForZoom(zoom);
		const q = buildH3CountsQuery(layer, where, resolution, area);
		const cells = await db.query(q.sql, q.params);
		return {
			body: formatH3CountsArrow(cells),
			contentType: ARROW_STREAM_TYPE,
			form: 'h3',
			resolution,
			capped: false,
			total,
			returned: cells.length
		};
	}
	const capped = total > cap;
	const q = capped
		? buildLayerSampleQuery(layer, where, cap, area)
		: buildLayerQuery(layer, where, cap, area);
	let rows = await db.query(q.sql, q.params);
	if (layer === 'blindspots') rows = withCaseDeadlines(rows, now, await loadCalendar(db));
	if (arrow) {
		const body = formatPointsArrow(layer, rows);
		const returned = Math.min(rows.length, cap);
		return {
			body,
			contentType: ARROW_STREAM_TYPE,
			form: 'points',
			resolution: null,
			capped,
			total,
			returned
		};
	}
	const geojson = writeLayerCollection(rows, { cap, bbox: where.bbox, total, capped });
	return {
		body: geojson.text,
		contentType: geojsonWriter.contentType,
		form: 'points',
		resolution: null,
		capped,
		total,
		returned: geojson.returned
	};
}

/** Point layers served as Arrow on request (`Accept: application/vnd.apache.arrow.stream`). */
export const ARROW_LAYERS = new Set<LayerId>(['surveys', 'blindspots', 'pois']);

/**
 * Blind-spot rows with their case deadline as of `now` (design.md §3): `deadline`, `overdue`,
 * `overdueDays` and `dueSoon` (open, at most 4 working hours left), never stored.
 */
export function withCaseDeadlines(rows: Row[], now: Date, calendar: WorkingCalendar): Row[] {
	const local = formatLocalTime(now);
	return rows.map((r) => {
		const c = r as { status: string; dueAt: string | null; closedAt: string | null };
		const open = isOpenCaseStatus(c.status as CaseStatus);
		return {
			...r,
			...caseDeadline(c, local),
			dueSoon: open && c.dueAt !== null && isDueSoon(c.dueAt, local, calendar)
		};
	});
}

/** One layer for an export file: all of it or a 422 naming the cap, never a cut file. */
export async function loadLayerExport(
	db: Database,
	layer: LayerId,
	filters: LayerQuery,
	area: readonly string[] | null = null
) {
	// A file is never simplified or aggregated: the map's zoom does not apply.
	const { zoom: _zoom, ...where } = filters;
	const geojson = await loadLayer(db, layer, where, MAX_EXPORT_FEATURES, undefined, area);
	const collection = JSON.parse(geojson) as FeatureCollection & { truncated: boolean };
	if (collection.truncated) {
		throw new AppError(
			422,
			'too_many_features',
			`more than ${MAX_EXPORT_FEATURES} features match; narrow the filters`,
			{ limit: MAX_EXPORT_FEATURES }
		);
	}
	return { geojson, collection };
}
