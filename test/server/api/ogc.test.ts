import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import {
	OGC_DEFAULT_LIMIT,
	OGC_MAX_LIMIT,
	OGC_NEXT_PAGE_MIN_LIMIT
} from '../../../server/contract/ogc';
import { createMiniTownStore } from '../../helpers/mini-town';

let db: Database;
let app: TestApp;
beforeAll(async () => {
	db = await createMiniTownStore();
	app = createTestApp({ db, version: '9.9.9-test' });
});
afterAll(async () => db.close());

async function get(path: string) {
	const res = await app.request(`http://sanimap.test${path}`);
	return {
		status: res.status,
		type: res.headers.get('content-type') ?? '',
		body: await res.json()
	};
}
const ids = (body: { features: { id: string }[] }) => body.features.map((f) => f.id);
const rel = (body: { links: { rel: string; href: string }[] }, r: string) =>
	body.links.find((l) => l.rel === r)?.href;

describe('OGC API - Features: landing, conformance, API definition', () => {
	it('links self, service-desc, conformance and data', async () => {
		const { status, body } = await get('/ogc');
		expect(status).toBe(200);
		expect(
			Object.fromEntries(body.links.map((l: { rel: string; href: string }) => [l.rel, l.href]))
		).toEqual({
			self: 'http://sanimap.test/ogc',
			'service-desc': 'http://sanimap.test/ogc/api',
			conformance: 'http://sanimap.test/ogc/conformance',
			data: 'http://sanimap.test/ogc/collections'
		});
	});

	it('declares the core, GeoJSON and OpenAPI 3.0 classes', async () => {
		const { body } = await get('/ogc/conformance');
		expect(body.conformsTo).toEqual([
			'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
			'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
			'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30'
		]);
	});

	it('serves an OpenAPI 3.0 document with the documented limit maximum', async () => {
		const { type, body } = await get('/ogc/api');
		expect(type).toContain('application/vnd.oai.openapi+json;version=3.0');
		expect(body.openapi).toMatch(/^3\.0\./);
		expect(body.components.parameters.limit.schema).toEqual({
			type: 'integer',
			minimum: 1,
			maximum: OGC_MAX_LIMIT,
			default: OGC_DEFAULT_LIMIT
		});
		expect(Object.keys(body.paths)).toContain('/collections/{collectionId}/items/{featureId}');
	});

	it.each(['zones', 'roads', 'blindspots', 'surveys', 'pois'])(
		'GDAL 3.8+ would page %s in thousands: its page-size rule over /ogc/api',
		async (id) => {
			// GDAL's OGROAPIFDataset::DeterminePageSizeFromAPI (PR OSGeo/gdal#8566): the layer's own
			// path, the parameter whose $ref names `limit`, then min(max(1000, default), maximum).
			const { body } = await get('/ogc/api');
			const params = body.paths[`/collections/${id}/items`].get.parameters as { $ref?: string }[];
			const ref = params.find((p) => p.$ref?.includes('limit'))!.$ref!;
			const schema = ref
				.slice(2)
				.split('/')
				.reduce((o: Record<string, unknown>, k) => o[k] as Record<string, unknown>, body)
				.schema as { default: number; maximum: number };
			const gdalPageSize = Math.min(Math.max(1000, schema.default), schema.maximum);
			expect(gdalPageSize).toBe(OGC_DEFAULT_LIMIT);
			expect(gdalPageSize).toBeGreaterThanOrEqual(1000);
		}
	);
});

describe('collections', () => {
	it('lists zones, roads, blind spots, surveys and POIs with extents from the data', async () => {
		const { body } = await get('/ogc/collections');
		expect(body.collections.map((c: { id: string }) => c.id)).toEqual([
			'zones',
			'roads',
			'blindspots',
			'surveys',
			'pois'
		]);
		const zones = body.collections[0];
		expect(zones.extent.spatial.bbox).toEqual([[113.08, 22.95, 113.1, 22.96]]);
		expect(zones.extent.temporal).toBeUndefined();
		expect(rel(zones, 'items')).toBe('http://sanimap.test/ogc/collections/zones/items');
	});

	it('gives blind spots and surveys a temporal interval (local time, UTC+8)', async () => {
		const { body } = await get('/ogc/collections/blindspots');
		expect(body.extent.temporal.interval).toEqual([
			['2023-05-01T09:30:00+08:00', '2025-12-25T14:00:00+08:00']
		]);
		expect(body.extent.spatial.bbox).toEqual([[113.0831, 22.952, 113.2, 23.1]]);
		const surveys = await get('/ogc/collections/surveys');
		expect(surveys.body.extent.temporal.interval).toEqual([
			['2024-04-15T00:00:00+08:00', '2025-07-20T23:59:59+08:00']
		]);
	});

	it('404 in OGC style for an unknown collection', async () => {
		const { status, body } = await get('/ogc/collections/trees');
		expect(status).toBe(404);
		expect(body).toMatchObject({
			code: 'NotFound',
			description: expect.stringContaining('no collection "trees"'),
			error: { code: 'not_found' }
		});
	});
});

describe('items', () => {
	it('pages by limit and offset with next/prev links, numberMatched and numberReturned', async () => {
		const first = await get('/ogc/collections/surveys/items?limit=3');
		expect(first.type).toContain('application/geo+json');
		expect(first.body).toMatchObject({
			type: 'FeatureCollection',
			numberMatched: 8,
			numberReturned: 3
		});
		expect(first.body.timeStamp).toMatch(/^\d{4}-\d{2}-\d{2}T/);
		expect(ids(first.body)).toEqual(['S0001', 'S0002', 'S0003']);
		expect(rel(first.body, 'prev')).toBeUndefined();
		const next = new URL(rel(first.body, 'next')!);
		expect(next.searchParams.get('offset')).toBe('3');
		// A client that walks the next links (GDAL before 3.8 asks 10) reads the rest in thousands.
		expect(next.searchParams.get('limit')).toBe(String(OGC_NEXT_PAGE_MIN_LIMIT));
		const rest = await get(`${next.pathname}${next.search}`);
		expect(ids(rest.body)).toEqual(['S0004', 'S0005', 'S0006', 'S0007', 'S0008']);
		expect(rest.body).toMatchObject({ numberMatched: 8, numberReturned: 5 });
		expect(rel(rest.body, 'next')).toBeUndefined();
		const last = await get('/ogc/collections/surveys/items?limit=3&offset=6');
		expect(ids(last.body)).toEqual(['S0007', 'S0008']);
		expect(rel(last.body, 'next')).toBeUndefined();
		expect(new URL(rel(last.body, 'prev')!).searchParams.get('offset')).toBe('3');
	});

	it('defaults to the advertised page size and lowers a larger limit to the maximum (no error)', async () => {
		const plain = await get('/ogc/collections/zones/items');
		expect(plain.body.numberReturned).toBe(8);
		expect(new URL(rel(plain.body, 'self')!).searchParams.get('limit')).toBe(
			String(OGC_DEFAULT_LIMIT)
		);
		// OGC API - Features Part 1 /req/core/fc-limit-response-1: above the maximum is no error.
		const big = await get(`/ogc/collections/zones/items?limit=${OGC_MAX_LIMIT * 10}`);
		expect(big.status).toBe(200);
		expect(new URL(rel(big.body, 'self')!).searchParams.get('limit')).toBe(String(OGC_MAX_LIMIT));
	});

	it.each(['zones', 'roads', 'blindspots', 'surveys', 'pois'])(
		'the streamed %s items are the features /api/layers serves',
		async (id) => {
			const items = await get(`/ogc/collections/${id}/items`);
			const layer = (await (await app.request(`/api/layers/${id}`)).json()) as {
				features: { properties: Record<string, unknown> }[];
			};
			const { features } = items.body as typeof layer;
			expect(features.length).toBeGreaterThan(0);
			expect(items.body.numberReturned).toBe(features.length);
			// Blind spots' deadlines are worked out per request; compare them apart from the clock.
			const stable = (f: (typeof features)[number]) => ({
				...f,
				properties: { ...f.properties, overdueDays: undefined }
			});
			expect(features.map(stable)).toEqual(layer.features.map(stable));
		}
	);

	it('a HEAD request or a reader that stops early gives the DuckDB connection back', async () => {
		const pool = (db as unknown as { idle: unknown[] }).idle;
		await get('/ogc/collections/surveys/items');
		const idle = pool.length;
		const head = await app.request('http://sanimap.test/ogc/collections/surveys/items', {
			method: 'HEAD'
		});
		expect(head.status).toBe(200);
		expect(pool.length).toBe(idle);
		const res = await app.request('http://sanimap.test/ogc/collections/surveys/items');
		expect(pool.length).toBe(idle - 1);
		await res.body!.cancel();
		expect(pool.length).toBe(idle);
	});

	it('an empty page past the end is a valid collection', async () => {
		const { status, body } = await get('/ogc/collections/surveys/items?offset=100');
		expect(status).toBe(200);
		expect(body).toMatchObject({ numberMatched: 8, numberReturned: 0, features: [] });
	});

	it.each([
		['an instant date', '2024-07-15', ['S0002']],
		['a closed interval', '2024-05-01/2024-06-30', ['S0004', 'S0005', 'S0006']],
		['an open start', '../2024-05-10', ['S0001', 'S0004']],
		['an open end', '2025-01-01/..', ['S0008']],
		[
			'a UTC date-time converted to local time',
			'2024-07-15T16:00:00Z/..',
			['S0003', 'S0007', 'S0008']
		]
	])('datetime: %s', async (_, datetime, expected) => {
		const { body } = await get(
			`/ogc/collections/surveys/items?limit=100&datetime=${encodeURIComponent(datetime)}`
		);
		expect(ids(body)).toEqual(expected);
		expect(body.numberMatched).toBe(expected.length);
	});

	it('datetime on blind spots compares the reported time of day', async () => {
		const { body } = await get(
			`/ogc/collections/blindspots/items?datetime=${encodeURIComponent('2023-05-01T09:30:00/2024-06-01T09:59:59')}`
		);
		expect(ids(body)).toEqual(['B0001']);
	});

	it('bbox keeps points inside and polygons that really intersect (same as /api/layers)', async () => {
		const points = await get('/ogc/collections/blindspots/items?bbox=113.08,22.95,113.09,22.96');
		expect(ids(points.body)).toEqual(['B0001', 'B0002']);
		const zones = await get(
			'/ogc/collections/zones/items?bbox=113.081,22.951,113.084,22.955&limit=100'
		);
		const layers = await (
			await app.request('/api/layers/zones?bbox=113.081,22.951,113.084,22.955')
		).json();
		expect(ids(zones.body)).toEqual(ids(layers as { features: { id: string }[] }));
		expect(zones.body.numberMatched).toBe(zones.body.numberReturned);
	});

	it('400 in OGC style for bad parameters, naming them', async () => {
		for (const [query, message] of [
			['bbox=1,2,3', 'bbox must be four numbers'],
			['datetime=yesterday', 'datetime must be an RFC 3339'],
			['datetime=2024-06-01/2024-01-01', 'starts after it ends'],
			['limit=0', 'limit must be at least 1'],
			['offset=-1', 'offset must be 0 or more'],
			['f=html', 'f must be json'],
			['colour=red', 'unknown parameter "colour"']
		]) {
			const { status, body } = await get(`/ogc/collections/surveys/items?${query}`);
			expect(status, query).toBe(400);
			expect(body.code).toBe('InvalidParameterValue');
			expect(body.description, query).toContain(message);
		}
	});
});

describe('one item', () => {
	it('returns the feature with self and collection links', async () => {
		const { status, type, body } = await get('/ogc/collections/blindspots/items/B0001');
		expect(status).toBe(200);
		expect(type).toContain('application/geo+json');
		expect(body).toMatchObject({
			type: 'Feature',
			id: 'B0001',
			geometry: { type: 'Point', coordinates: [113.0831, 22.9541] }
		});
		expect(rel(body, 'collection')).toBe('http://sanimap.test/ogc/collections/blindspots');
	});

	it('404 JSON for a missing feature', async () => {
		const { status, body } = await get('/ogc/collections/blindspots/items/B9999');
		expect(status).toBe(404);
		expect(body.description).toBe('no feature "B9999" in collection blindspots');
	});
});
