import { Hono, type Context } from 'hono';
import type { ZodType } from 'zod';
import type { Geometry } from 'geojson';
import type { LayerId } from '../contract/layers';
import { ogcFormatQuerySchema, ogcItemsQuerySchema } from '../contract/ogc';
import type { Database } from '../db/database';
import { AppError, BadRequestError, NotFoundError } from '../errors';
import { formatLayerCollection } from '../format/layer-geojson';
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
import {
	buildBboxCandidatesQuery,
	buildOgcItemQuery,
	buildOgcItemsQueries,
	OGC_EXTENT_SQL
} from '../queries/ogc-items';
import { geometryIntersectsBbox } from '$geo/geometry-intersects-bbox';
import type { Bbox } from '$geo/bbox';
import { describeIssue } from './validation';

const OGC_CODES: Record<number, string> = {
	400: 'InvalidParameterValue',
	404: 'NotFound',
	413: 'TooLarge',
	422: 'InvalidParameterValue'
};

const base = (c: Context) => `${new URL(c.req.url).origin}/ogc`;

function parseQuery<T extends ZodType>(c: Context, schema: T) {
	const parsed = schema.safeParse(c.req.query());
	if (!parsed.success) {
		const messages = parsed.error.issues.map((i) =>
			describeIssue(i as Parameters<typeof describeIssue>[0])
		);
		throw new BadRequestError(messages.join('; '));
	}
	return parsed.data as ReturnType<T['parse']>;
}

function collectionOf(c: Context): LayerId {
	const id = c.req.param('collectionId') ?? '';
	if (!(OGC_COLLECTION_IDS as readonly string[]).includes(id)) {
		throw new NotFoundError(
			`no collection "${id}"; collections are ${OGC_COLLECTION_IDS.join(', ')}`
		);
	}
	return id as LayerId;
}

async function describeCollection(db: Database, c: Context, id: LayerId) {
	const [e] = await db.query<{
		w: number | null;
		s: number;
		e: number;
		n: number;
		t0: string | null;
		t1: string | null;
	}>(OGC_EXTENT_SQL[id]);
	return formatCollection(base(c), id, {
		bbox: e.w === null ? null : [e.w, e.s, e.e, e.n],
		interval: e.t0 && e.t1 ? [e.t0, e.t1] : null
	});
}

/** Ids of lines or polygons that really intersect a bbox (the SQL test compares envelopes). */
async function exactBboxIds(
	db: Database,
	layer: LayerId,
	bbox: Bbox
): Promise<string[] | undefined> {
	if (layer !== 'zones' && layer !== 'roads') return undefined;
	const { sql, params } = buildBboxCandidatesQuery(layer, bbox);
	const rows = await db.query<{ id: string; geometry: string }>(sql, params);
	return rows
		.filter((r) => geometryIntersectsBbox(JSON.parse(r.geometry) as Geometry, bbox))
		.map((r) => r.id);
}

/**
 * OGC API - Features Part 1 (Core, GeoJSON, OpenAPI 3.0) at /ogc (design.md §3), read by GDAL's
 * OAPIF driver and QGIS. Errors carry the OGC exception members `code` and `description`
 * beside SaniMap's `error` object.
 */
export function createOgcRoutes(db: Database, version: string) {
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
			const ids = q.bbox ? await exactBboxIds(db, layer, q.bbox) : undefined;
			const { items, count } = buildOgcItemsQueries(
				layer,
				{ bbox: q.bbox, datetime: q.datetime, ids },
				q
			);
			const rows = await db.query(items.sql, items.params);
			const [{ n }] = await db.query<{ n: number }>(count.sql, count.params);
			const collection = formatLayerCollection(rows, { cap: q.limit });
			const links = formatItemsLinks(new URL(c.req.url), {
				...q,
				returned: rows.length,
				matched: n
			});
			const head = `{"type":"FeatureCollection","numberMatched":${n},"numberReturned":${rows.length},"timeStamp":"${new Date().toISOString()}","links":${JSON.stringify(links)},`;
			// formatLayerCollection writes its own members first; keep its features array as it is.
			return c.body(`${head}${collection.slice(collection.indexOf('"features":'))}`, 200, {
				'content-type': `${GEOJSON_TYPE}; charset=utf-8`
			});
		})
		.get('/collections/:collectionId/items/:featureId', async (c) => {
			const layer = collectionOf(c);
			parseQuery(c, ogcFormatQuerySchema);
			const fid = c.req.param('featureId');
			const { sql, params } = buildOgcItemQuery(layer, fid);
			const rows = await db.query(sql, params);
			if (!rows.length) throw new NotFoundError(`no feature "${fid}" in collection ${layer}`);
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
		const requestId = crypto.randomUUID();
		console.error(`[${requestId}] ${c.req.method} ${c.req.path}:`, error);
		const message = 'SaniMap hit an unexpected error; report this request id.';
		return c.json(
			{
				code: 'ServerError',
				description: message,
				error: { code: 'internal', message, details: { requestId } }
			},
			500
		);
	});
	return app;
}
