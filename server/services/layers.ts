import type { FeatureCollection } from 'geojson';
import { LAYER_KINDS, type LayerId, type LayerQuery } from '../contract/layers';
import type { Database } from '../db/database';
import { AppError, BadRequestError } from '../errors';
import { caseDeadline } from '../domain/calendar/case-deadline';
import { formatLocalTime } from '../domain/routing/local-time';
import { formatLayerCollection } from '../format/layer-geojson';
import { buildLayerQuery, LAYER_FILTERS, MAX_FEATURES_PER_RESPONSE } from '../queries/layers';
import { assertKnownCodes } from './known-codes';

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
 * `now` (the map's request), blind spots also carry `deadline`, `overdue` and `overdueDays`
 * as of that moment; files and OGC items keep the stored columns only.
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
	if (layer === 'blindspots' && now) {
		const local = formatLocalTime(now);
		rows = rows.map((r) => ({
			...r,
			...caseDeadline(r as { status: string; dueAt: string | null; closedAt: string | null }, local)
		}));
	}
	return formatLayerCollection(rows, { cap, bbox: filters.bbox });
}

/** One layer for an export file: all of it or a 422 naming the cap, never a cut file. */
export async function loadLayerExport(
	db: Database,
	layer: LayerId,
	filters: LayerQuery,
	area: readonly string[] | null = null
) {
	const geojson = await loadLayer(db, layer, filters, MAX_EXPORT_FEATURES, undefined, area);
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
