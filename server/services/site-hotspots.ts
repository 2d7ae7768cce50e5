import type { MultiPolygon, Polygon } from 'geojson';
import {
	MAX_HOTSPOT_SITES,
	MAX_NEIGHBOUR_PAIRS,
	type HotspotQuery,
	type SiteHotspotCollection
} from '../contract/hotspots';
import { quoteValue } from '../contract/quote';
import type { Database } from '../db/database';
import { analyseSiteHotspots, type SiteNeighbourhood } from '../domain/hotspots/analyse-sites';
import { TooManyPairsError } from '../domain/hotspots/site-neighbours';
import { AppError, NotFoundError } from '../errors';
import { formatSiteHotspotCollection } from '../format/hotspot-geojson';
import { buildStudyZonesQuery } from '../queries/hotspots';
import { buildSiteSumsQuery } from '../queries/site-hotspots';
import { methodMultiplier } from './hotspots';
import { createZoneLocator } from '$geo/zone-locator';

interface SiteSums {
	id: string;
	lng: number;
	lat: number;
	count: number;
	effort: number;
	surveys: number;
}

/**
 * `/api/hotspots` with neighbourhood=distance or knn: Gi* on the survey sites of one pest and
 * method. A site is in the study set when the mean position of its surveys lies in a study
 * zone (the one `zone`, or any community or village) and it has effort; its value is the
 * pest index over its surveys in the window.
 */
export async function computeSiteHotspots(
	db: Database,
	q: HotspotQuery
): Promise<SiteHotspotCollection> {
	const multiplier = await methodMultiplier(db, q.pest!, q.method!);
	const zonesQuery = buildStudyZonesQuery(q.zone);
	const zones = await db.query<{ id: string; geometry: string } & Record<string, unknown>>(
		zonesQuery.sql,
		zonesQuery.params
	);
	if (q.zone && !zones.length) throw new NotFoundError(`no zone ${quoteValue(q.zone)}`);
	const locator = createZoneLocator(
		zones.map((z) => ({ id: z.id, geometry: JSON.parse(z.geometry) as Polygon | MultiPolygon }))
	);
	const sums = buildSiteSumsQuery({ pest: q.pest!, method: q.method!, from: q.from, to: q.to });
	const rows = (await db.query<SiteSums & Record<string, unknown>>(sums.sql, sums.params)).filter(
		(r) => r.effort > 0 && locator.locate(r.lng, r.lat) !== null
	);
	if (rows.length > MAX_HOTSPOT_SITES) {
		throw new AppError(
			422,
			'too_many_sites',
			`${rows.length} survey sites, more than ${MAX_HOTSPOT_SITES}: choose one zone or a shorter period`,
			{ limit: MAX_HOTSPOT_SITES, sites: rows.length }
		);
	}
	const neighbourhood: SiteNeighbourhood =
		q.neighbourhood === 'knn'
			? { kind: 'knn', nearest: q.nearest }
			: { kind: 'distance', bandM: q.bandM ?? null };
	const values = Float64Array.from(rows, (r) => (r.count / r.effort) * multiplier);
	let analysis;
	try {
		analysis = analyseSiteHotspots(rows, values, {
			neighbourhood,
			fdr: q.fdr,
			maxPairs: MAX_NEIGHBOUR_PAIRS
		});
	} catch (e) {
		if (!(e instanceof TooManyPairsError)) throw e;
		throw new AppError(
			422,
			'band_too_wide',
			`a band of ${q.bandM} m makes more than ${MAX_NEIGHBOUR_PAIRS} neighbour pairs: choose a narrower band`,
			{ limit: MAX_NEIGHBOUR_PAIRS, bandM: q.bandM }
		);
	}
	return formatSiteHotspotCollection(
		analysis,
		rows.map((r) => r.surveys),
		{
			neighbourhood: q.neighbourhood,
			nearest: q.neighbourhood === 'knn' ? q.nearest : null,
			k: q.k,
			res: q.res,
			fdr: q.fdr,
			subject: q.subject,
			zone: q.zone ?? null,
			from: q.from ?? null,
			to: q.to ?? null
		}
	);
}
