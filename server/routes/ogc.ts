import { Hono, type Context } from 'hono';
import type { LayerId } from '../contract/layers';
import { quoteValue } from '../contract/quote';
import { ogcFormatQuerySchema, ogcItemsQuerySchema } from '../contract/ogc';
import type { Database } from '../db/database';
import { AppError, NotFoundError } from '../errors';
import { formatLayerCollection, formatLayerFeature } from '../format/layer-geojson';
import {
	formatCollection,
	formatCollections,
	formatItemsLinks,
	formatLanding,
	GEOJSON_TYPE,
	OGC_COLLECTION_IDS,
	OGC_CONFORMANCE,
	ogcLink,
	OPENAPI_TYPE
} from '../format/ogc-documents';
import { formatOpenApi } from '../format/ogc-openapi';
import { loadCollectionExtent, loadItem, openItemsPage, type ItemsPage } from '../services/ogc';
import { reportInternalError } from './http/errors';
import { parseWith, readQuery } from './http/validation';

const OGC_CODES: Record<number, string> = {
	400: 'InvalidParameterValue',
	404: 'NotFound',
	413: 'TooLarge',
	422: 'InvalidParameterValue'
};

const base = (c: Context) => `${new URL(c.req.url).origin}/ogc`;

const parseQuery = <T extends Parameters<typeof parseWith>[0]>(c: Context, schema: T) =>
	parseWith(schema, readQuery(schema, c.req.queries()));

function collectionOf(c: Context): LayerId {
	const id = c.req.param('collectionId') ?? '';
	if (!(OGC_COLLECTION_IDS as readonly string[]).includes(id)) {
		throw new NotFoundError(
			`no collection ${quoteValue(id)}; collections are ${OGC_COLLECTION_IDS.join(', ')}`
		);
	}
	return id as LayerId;
}

async function describeCollection(db: Database, c: Context, id: LayerId) {
	return formatCollection(base(c), id, await loadCollectionExtent(db, id));
}

/**
 * A FeatureCollection written as DuckDB hands over its chunks: the head, the features, and
 * `numberReturned` last (members may come in any order), counted as they were written.
 */
function streamFeatures(head: string, page: ItemsPage): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const chunks = page.chunks();
	let returned = 0;
	return new ReadableStream<Uint8Array>({
		start(controller) {
			controller.enqueue(encoder.encode(head));
		},
		async pull(controller) {
			const next = await chunks.next();
			if (next.done) {
				controller.enqueue(encoder.encode(`],"numberReturned":${returned}}`));
				controller.close();
				return;
			}
			const text = next.value.map(formatLayerFeature).join(',');
			controller.enqueue(encoder.encode(returned > 0 && text ? `,${text}` : text));
			returned += next.value.length;
		},
		async cancel() {
			await chunks.return(undefined);
			await page.close();
		}
	});
}

/**
 * OGC API - Features Part 1 (Core, GeoJSON, OpenAPI 3.0) at /ogc (design.md §3), read by GDAL's
 * OAPIF driver and QGIS. Errors carry the OGC exception members `code` and `description`
 * beside SaniMap's `error` object.
 */
export function createOgcRoutes(db: Database, version: string, now: () => Date = () => new Date()) {
	const app = new Hono()
		.get('/', (c) => {
			parseQuery(c, ogcFormatQuerySchema);
			return c.json(formatLanding(base(c)));
		})
		.get('/api', (c) =>
			c.body(JSON.stringify(formatOpenApi(base(c), version)), 200, { 'content-type': OPENAPI_TYPE })
		)
		.get('/conformance', (c) => {
			parseQuery(c, ogcFormatQuerySchema);
			return c.json(OGC_CONFORMANCE);
		})
		.get('/collections', async (c) => {
			parseQuery(c, ogcFormatQuerySchema);
			const collections = [];
			for (const id of OGC_COLLECTION_IDS) collections.push(await describeCollection(db, c, id));
			return c.json(formatCollections(base(c), collections));
		})
		.get('/collections/:collectionId', async (c) => {
			const id = collectionOf(c);
			parseQuery(c, ogcFormatQuerySchema);
			return c.json(await describeCollection(db, c, id));
		})
		.get('/collections/:collectionId/items', async (c) => {
			const layer = collectionOf(c);
			const q = parseQuery(c, ogcItemsQuerySchema);
			const page = await openItemsPage(db, layer, q, now());
			const links = formatItemsLinks(new URL(c.req.url), {
				...q,
				returned: Math.max(0, Math.min(q.limit, page.matched - q.offset)),
				matched: page.matched
			});
			const head = `{"type":"FeatureCollection","numberMatched":${page.matched},"timeStamp":"${new Date().toISOString()}","links":${JSON.stringify(links)},"features":[`;
			const headers = { 'content-type': `${GEOJSON_TYPE}; charset=utf-8` };
			// Hono answers HEAD with GET's headers and drops the body unread: give the rows back.
			if (c.req.method === 'HEAD') {
				await page.close();
				return c.body(null, 200, headers);
			}
			return c.body(streamFeatures(head, page), 200, headers);
		})
		.get('/collections/:collectionId/items/:featureId', async (c) => {
			const layer = collectionOf(c);
			parseQuery(c, ogcFormatQuerySchema);
			const fid = c.req.param('featureId');
			const rows = await loadItem(db, layer, fid, now());
			if (!rows.length)
				throw new NotFoundError(`no feature ${quoteValue(fid)} in collection ${layer}`);
			const feature = (
				JSON.parse(formatLayerCollection(rows, { cap: 1 })) as { features: object[] }
			).features[0];
			const self = `${base(c)}/collections/${layer}`;
			const links = [
				ogcLink(`${self}/items/${encodeURIComponent(fid)}`, 'self', GEOJSON_TYPE),
				ogcLink(self, 'collection', 'application/json')
			];
			return c.body(JSON.stringify({ ...feature, links }), 200, {
				'content-type': `${GEOJSON_TYPE}; charset=utf-8`
			});
		});
	app.onError((error, c) => {
		if (error instanceof AppError) {
			const body = {
				code: OGC_CODES[error.status] ?? 'Error',
				description: error.message,
				error: { code: error.code, message: error.message }
			};
			return c.json(body, error.status);
		}
		const body = reportInternalError(c, error);
		return c.json({ code: 'ServerError', description: body.error.message, ...body }, 500);
	});
	return app;
}
