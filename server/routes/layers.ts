import { Hono } from 'hono';
import { layerQuerySchema } from '../contract/layers';
import type { Database } from '../db/database';
import { ARROW_STREAM_TYPE } from '../format/layer-arrow';
import { areaOf } from '../services/area-scope';
import { loadMapLayer } from '../services/layers';
import type { AuthEnv } from './http/auth-env';
import { parseLayerId } from './http/params';
import { validate } from './http/validation';

/**
 * `GET /api/layers/{layer}`: one layer as GeoJSON, filtered and capped; point layers as an
 * Arrow stream when asked (`Accept: application/vnd.apache.arrow.stream`). Either way the
 * `X-Layer-*` headers say whether the cap cut (`Capped`), how many match (`Total`), how many
 * came (`Returned`) and in what form (`points`, or `h3` cell counts at `H3-Resolution`).
 */
export function createLayerRoutes(db: Database, now: () => Date = () => new Date()) {
	return new Hono<AuthEnv>().get('/:layer', validate('query', layerQuerySchema), async (c) => {
		const layer = parseLayerId(c.req.param('layer'));
		const area = areaOf(c.get('actor'));
		const arrow = (c.req.header('Accept') ?? '').includes(ARROW_STREAM_TYPE);
		const answer = await loadMapLayer(db, layer, c.req.valid('query'), { arrow, now: now(), area });
		const headers: Record<string, string> = {
			'content-type': answer.contentType,
			Vary: 'Accept',
			'X-Layer-Form': answer.form,
			'X-Layer-Capped': String(answer.capped),
			'X-Layer-Total': String(answer.total),
			'X-Layer-Returned': String(answer.returned)
		};
		if (answer.resolution !== null) headers['X-Layer-H3-Resolution'] = String(answer.resolution);
		return c.body(answer.body as string, 200, headers);
	});
}
