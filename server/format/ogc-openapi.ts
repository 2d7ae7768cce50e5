import { OGC_DEFAULT_LIMIT, OGC_MAX_LIMIT } from '../contract/ogc';
import { OGC_COLLECTION_IDS } from './ogc-documents';

const json = (description: string) => ({
	description,
	content: { 'application/json': { schema: { type: 'object' } } }
});
const geojson = (description: string) => ({
	description,
	content: { 'application/geo+json': { schema: { type: 'object' } } }
});
const error = { $ref: '#/components/responses/Error' };
const f = { $ref: '#/components/parameters/f' };
const collectionId = { $ref: '#/components/parameters/collectionId' };

const itemsParameters = [
	f,
	{ $ref: '#/components/parameters/limit' },
	{ $ref: '#/components/parameters/offset' },
	{ $ref: '#/components/parameters/bbox' },
	{ $ref: '#/components/parameters/datetime' }
];

/**
 * `/collections/{id}/items` spelled out for each collection, as pygeoapi does: GDAL 3.8+ looks
 * up the page size under the path of the layer it reads (`paths["/collections/surveys/items"]`,
 * the `limit` parameter by `$ref`), not under the templated path.
 */
function collectionItemsPaths() {
	return Object.fromEntries(
		OGC_COLLECTION_IDS.map((id) => [
			`/collections/${id}/items`,
			{
				get: {
					summary: `Features of ${id}`,
					operationId: `getFeatures_${id}`,
					parameters: itemsParameters,
					responses: { 200: geojson(`a page of ${id}`), 400: error }
				}
			}
		])
	);
}

/** The OpenAPI 3.0 definition served at /ogc/api (rel service-desc; OGC conformance class oas30). */
export function formatOpenApi(serverUrl: string, version: string) {
	return {
		openapi: '3.0.3',
		info: {
			title: 'SaniMap OGC API - Features',
			version,
			description:
				'OGC API - Features Part 1 (Core, GeoJSON). Coordinates are WGS-84 longitude, latitude (CRS84). Times are local (UTC+8).'
		},
		servers: [{ url: serverUrl }],
		paths: {
			'/': {
				get: {
					summary: 'Landing page',
					operationId: 'getLandingPage',
					parameters: [f],
					responses: { 200: json('links to the API'), 400: error }
				}
			},
			'/conformance': {
				get: {
					summary: 'Conformance classes',
					operationId: 'getConformance',
					parameters: [f],
					responses: { 200: json('conformance classes'), 400: error }
				}
			},
			'/collections': {
				get: {
					summary: 'Collections',
					operationId: 'getCollections',
					parameters: [f],
					responses: { 200: json('the collections'), 400: error }
				}
			},
			'/collections/{collectionId}': {
				get: {
					summary: 'One collection',
					operationId: 'describeCollection',
					parameters: [collectionId, f],
					responses: { 200: json('the collection'), 404: error }
				}
			},
			'/collections/{collectionId}/items': {
				get: {
					summary: 'Features of a collection',
					operationId: 'getFeatures',
					parameters: [collectionId, ...itemsParameters],
					responses: { 200: geojson('a page of features'), 400: error, 404: error }
				}
			},
			...collectionItemsPaths(),
			'/collections/{collectionId}/items/{featureId}': {
				get: {
					summary: 'One feature',
					operationId: 'getFeature',
					parameters: [
						collectionId,
						{ name: 'featureId', in: 'path', required: true, schema: { type: 'string' } },
						f
					],
					responses: { 200: geojson('the feature'), 404: error }
				}
			}
		},
		components: {
			parameters: {
				collectionId: {
					name: 'collectionId',
					in: 'path',
					required: true,
					schema: { type: 'string', enum: [...OGC_COLLECTION_IDS] }
				},
				f: { name: 'f', in: 'query', required: false, schema: { type: 'string', enum: ['json'] } },
				limit: {
					name: 'limit',
					in: 'query',
					required: false,
					style: 'form',
					explode: false,
					description: `Features per page (default ${OGC_DEFAULT_LIMIT}); values above ${OGC_MAX_LIMIT} are lowered to it.`,
					schema: {
						type: 'integer',
						minimum: 1,
						maximum: OGC_MAX_LIMIT,
						default: OGC_DEFAULT_LIMIT
					}
				},
				offset: {
					name: 'offset',
					in: 'query',
					required: false,
					schema: { type: 'integer', minimum: 0, default: 0 }
				},
				bbox: {
					name: 'bbox',
					in: 'query',
					required: false,
					style: 'form',
					explode: false,
					schema: { type: 'array', minItems: 4, maxItems: 6, items: { type: 'number' } }
				},
				datetime: {
					name: 'datetime',
					in: 'query',
					required: false,
					style: 'form',
					explode: false,
					schema: { type: 'string' }
				}
			},
			responses: {
				Error: {
					description: 'an error: OGC exception (code, description) plus SaniMap error object',
					content: {
						'application/json': {
							schema: {
								type: 'object',
								properties: { code: { type: 'string' }, description: { type: 'string' } }
							}
						}
					}
				}
			}
		}
	};
}
