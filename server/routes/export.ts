import { Hono } from 'hono';
import type { FeatureCollection } from 'geojson';
import { layerExportQuerySchema } from '../contract/exports';
import { LAYER_IDS, type LayerId, type LayerQuery } from '../contract/layers';
import type { Database } from '../db/database';
import { AppError, BadRequestError, NotFoundError } from '../errors';
import { flattenFeatures, LAYER_SHEETS, layerExportColumns } from '../format/layer-export';
import { formatLayerCollection } from '../format/layer-geojson';
import { EXPORT_CONTENT_TYPES, formatCsv, formatXlsx } from '../format/table-export';
import { EXPORT_LABELS } from '../i18n/export-labels';
import { buildLayerQuery, LAYER_FILTERS } from '../queries/layers';
import { assertKnownCodes } from './known-codes';
import { validate } from './validation';

/**
 * Most features one export file holds. A file is not drawn, so it may hold more than a map
 * response (MAX_FEATURES_PER_RESPONSE, 50k); 200k survey rows make a ~30 MB CSV and an XLSX
 * that exceljs writes in about 10 s. Past it: narrow the filters (422 says so).
 */
export const MAX_EXPORT_FEATURES = 200_000;

/** `GET /api/export/{layer}?format=geojson|csv|xlsx&lang=`: a layer with the /api/layers filters, as a file. */
export function createExportRoutes(db: Database) {
	return new Hono().get('/:layer', validate('query', layerExportQuerySchema), async (c) => {
		const layer = c.req.param('layer');
		if (!(LAYER_IDS as readonly string[]).includes(layer)) {
			throw new NotFoundError(`unknown layer "${layer}"; layers are ${LAYER_IDS.join(', ')}`);
		}
		const { format, lang, ...filters } = c.req.valid('query');
		await checkFilters(db, layer as LayerId, filters);
		const { sql, params } = buildLayerQuery(layer as LayerId, filters, MAX_EXPORT_FEATURES);
		const geojson = formatLayerCollection(await db.query(sql, params), {
			cap: MAX_EXPORT_FEATURES,
			bbox: filters.bbox
		});
		const fc = JSON.parse(geojson) as FeatureCollection & { truncated: boolean };
		if (fc.truncated) {
			throw new AppError(
				422,
				'too_many_features',
				`more than ${MAX_EXPORT_FEATURES} features match; narrow the filters`,
				{
					limit: MAX_EXPORT_FEATURES
				}
			);
		}
		const name = `sanimap-${layer}.${format}`;
		const disposition = { 'content-disposition': `attachment; filename="${name}"` };
		if (format === 'geojson') {
			return c.body(geojson, 200, {
				'content-type': 'application/geo+json; charset=utf-8',
				...disposition
			});
		}
		const labels = EXPORT_LABELS[lang];
		const columns = layerExportColumns(layer as LayerId, labels);
		const rows = flattenFeatures(fc);
		const body =
			format === 'csv'
				? formatCsv(columns, rows)
				: await formatXlsx(columns, rows, labels[LAYER_SHEETS[layer as LayerId]]);
		return c.body(body, 200, { 'content-type': EXPORT_CONTENT_TYPES[format], ...disposition });
	});
}

async function checkFilters(db: Database, layer: LayerId, filters: LayerQuery): Promise<void> {
	const allowed = LAYER_FILTERS[layer];
	const foreign = Object.keys(filters).filter(
		(k) => filters[k as keyof LayerQuery] !== undefined && !allowed.includes(k as keyof LayerQuery)
	);
	if (foreign.length) {
		throw new BadRequestError(
			`${foreign.join(', ')} does not apply to layer ${layer}; it takes ${allowed.join(', ')}`,
			{
				parameters: foreign
			}
		);
	}
	if (filters.method) await assertKnownCodes(db, 'survey_methods', 'method', filters.method);
	if (filters.category)
		await assertKnownCodes(db, 'blind_spot_categories', 'category', filters.category);
}
