import { Hono } from 'hono';
import { layerQuerySchema } from '../contract/layers';
import type { Database } from '../db/database';
import { geojsonWriter } from '../format/file-writers';
import { areaOf } from '../services/area-scope';
import { loadLayer } from '../services/layers';
import type { AuthEnv } from './http/auth-env';
import { parseLayerId } from './http/params';
import { validate } from './http/validation';

/** `GET /api/layers/{layer}`: one layer as GeoJSON, filtered and capped. */
export function createLayerRoutes(db: Database, now: () => Date = () => new Date()) {
	return new Hono<AuthEnv>().get('/:layer', validate('query', layerQuerySchema), async (c) => {
		const layer = parseLayerId(c.req.param('layer'));
		const area = areaOf(c.get('actor'));
		const body = await loadLayer(db, layer, c.req.valid('query'), undefined, now(), area);
		return c.body(body, 200, { 'content-type': geojsonWriter.contentType });
	});
}
