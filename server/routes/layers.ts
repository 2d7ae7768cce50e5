import { Hono } from 'hono';
import { LAYER_IDS, layerQuerySchema, type LayerId, type LayerQuery } from '../contract/layers';
import type { Database } from '../db/database';
import { BadRequestError, NotFoundError } from '../errors';
import { formatLayerCollection } from '../format/layer-geojson';
import { buildLayerQuery, LAYER_FILTERS, MAX_FEATURES_PER_RESPONSE } from '../queries/layers';
import { validate } from './validation';
import { assertKnownCodes } from './known-codes';

const isLayerId = (s: string): s is LayerId => (LAYER_IDS as readonly string[]).includes(s);

/** `GET /api/layers/{layer}`: one layer as GeoJSON, filtered and capped. */
export function createLayerRoutes(db: Database) {
	return new Hono().get('/:layer', validate('query', layerQuerySchema), async (c) => {
		const layer = c.req.param('layer');
		if (!isLayerId(layer)) {
			throw new NotFoundError(`unknown layer "${layer}"; layers are ${LAYER_IDS.join(', ')}`);
		}
		const filters = c.req.valid('query');
		assertFiltersApply(layer, filters);
		if (filters.method) await assertKnownCodes(db, 'survey_methods', 'method', filters.method);
		if (filters.category) {
			await assertKnownCodes(db, 'blind_spot_categories', 'category', filters.category);
		}
		const { sql, params } = buildLayerQuery(layer, filters, MAX_FEATURES_PER_RESPONSE);
		const rows = await db.query(sql, params);
		const body = formatLayerCollection(rows, {
			cap: MAX_FEATURES_PER_RESPONSE,
			bbox: filters.bbox
		});
		return c.body(body, 200, { 'content-type': 'application/geo+json; charset=utf-8' });
	});
}

function assertFiltersApply(layer: LayerId, filters: LayerQuery): void {
	const allowed = LAYER_FILTERS[layer];
	const given = Object.keys(filters).filter((k) => filters[k as keyof LayerQuery] !== undefined);
	const foreign = given.filter((k) => !allowed.includes(k as keyof LayerQuery));
	if (foreign.length) {
		throw new BadRequestError(
			`${foreign.join(', ')} does not apply to layer ${layer}; it takes ${allowed.join(', ')}`,
			{ parameters: foreign }
		);
	}
}
