import type { LayerId } from '../contract/layers';
import { LOCAL_UTC_OFFSET_H, OGC_NEXT_PAGE_MIN_LIMIT } from '../contract/ogc';
import type { Bbox } from '$geo/bbox';

/** Collections SaniMap serves at /ogc, in this order (design.md §3 asks for the first four). */
export const OGC_COLLECTION_IDS = [
	'zones',
	'roads',
	'blindspots',
	'surveys',
	'pois'
] as const satisfies readonly LayerId[];

export const OGC_TITLES: Record<LayerId, { title: string; description: string }> = {
	zones: {
		title: '区域 Zones',
		description: 'Districts, streets, communities, villages, grids and key areas'
	},
	roads: {
		title: '道路 Road segments',
		description: 'Road segments with grade, key group (e.g. 十路一区) and length'
	},
	blindspots: {
		title: '环境卫生问题 Sanitation problems',
		description:
			'Sanitation problem cases (garbage blind spots and 12 other categories): category, status, reported time'
	},
	surveys: {
		title: '病媒监测 Pest surveys',
		description: 'Four-pest density surveys: method, count, effort'
	},
	pois: {
		title: '重点场所 Places',
		description: 'Markets, restaurants, garbage stations, toilets, schools, water'
	}
};

const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
const GEOJSON = 'application/geo+json';
const JSON_TYPE = 'application/json';
export const OPENAPI_TYPE = 'application/vnd.oai.openapi+json;version=3.0';

export const OGC_CONFORMANCE = {
	conformsTo: [
		'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
		'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
		'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30'
	]
};

const link = (href: string, rel: string, type: string, title?: string) => ({
	href,
	rel,
	type,
	...(title ? { title } : {})
});

export function formatLanding(base: string) {
	return {
		title: 'SaniMap OGC API - Features',
		description:
			'Zones, roads, blind spots, pest surveys and POIs of this SaniMap database (WGS-84, CRS84)',
		links: [
			link(`${base}`, 'self', JSON_TYPE, 'this document'),
			link(`${base}/api`, 'service-desc', OPENAPI_TYPE, 'the API definition (OpenAPI 3.0)'),
			link(`${base}/conformance`, 'conformance', JSON_TYPE, 'conformance classes'),
			link(`${base}/collections`, 'data', JSON_TYPE, 'the collections')
		]
	};
}

export interface CollectionExtent {
	bbox: Bbox | null;
	/** Local times `YYYY-MM-DDTHH:MM:SS`, or null for collections without time. */
	interval: [string, string] | null;
}

const offset = `+${String(LOCAL_UTC_OFFSET_H).padStart(2, '0')}:00`;

export function formatCollection(base: string, id: LayerId, extent: CollectionExtent) {
	const self = `${base}/collections/${id}`;
	return {
		id,
		...OGC_TITLES[id],
		itemType: 'feature',
		crs: [CRS84],
		extent: {
			...(extent.bbox ? { spatial: { bbox: [extent.bbox], crs: CRS84 } } : {}),
			...(extent.interval
				? {
						temporal: {
							interval: [extent.interval.map((t) => `${t}${offset}`)],
							trs: 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian'
						}
					}
				: {})
		},
		links: [
			link(self, 'self', JSON_TYPE, 'this collection'),
			link(`${self}/items`, 'items', GEOJSON, 'the features')
		]
	};
}

export function formatCollections(
	base: string,
	collections: ReturnType<typeof formatCollection>[]
) {
	return { links: [link(`${base}/collections`, 'self', JSON_TYPE, 'this document')], collections };
}

/**
 * Paging links of an items page (OGC /req/core/fc-links): self, next and prev by offset. `next`
 * asks for at least OGC_NEXT_PAGE_MIN_LIMIT features, so a client that walks the next links
 * after a small first page reads the rest in thousands.
 */
export function formatItemsLinks(
	itemsUrl: URL,
	page: { limit: number; offset: number; returned: number; matched: number }
) {
	const at = (offset: number, limit = page.limit) => {
		const u = new URL(itemsUrl);
		u.searchParams.set('limit', String(limit));
		u.searchParams.set('offset', String(offset));
		return u.toString();
	};
	const links = [link(at(page.offset), 'self', GEOJSON, 'this page')];
	if (page.offset + page.returned < page.matched) {
		const nextLimit = Math.max(page.limit, OGC_NEXT_PAGE_MIN_LIMIT);
		links.push(link(at(page.offset + page.limit, nextLimit), 'next', GEOJSON, 'next page'));
	}
	if (page.offset > 0)
		links.push(link(at(Math.max(0, page.offset - page.limit)), 'prev', GEOJSON, 'previous page'));
	return links;
}

export { link as ogcLink, GEOJSON as GEOJSON_TYPE };
