import type { FeatureCollection } from 'geojson';
import { readCsvObjects, writeCanonicalCsv } from './csv';
import { readReal } from './paths';

/** Chicago's 77 community areas as SaniMap zones (kind community, id CA-<areacode>). */
export function chicagoCommunityZones(): string {
	const fc = JSON.parse(
		readReal('chicago-community-areas/chicago_community_boundaries.geojson').toString()
	) as FeatureCollection;
	return JSON.stringify({
		type: 'FeatureCollection',
		features: fc.features.map((f) => ({
			type: 'Feature',
			properties: {
				id: `CA-${f.properties!.areacode}`,
				name: f.properties!.community,
				kind: 'community'
			},
			geometry: f.geometry
		}))
	});
}

/**
 * The Kaggle WNV trap counts as mosquito.light_trap surveys: one survey per trap and date,
 * count = Σ NumMosquitos over species and over the rows Kaggle split at 50, effort = 1
 * lamp-night.
 */
export function chicagoTrapSurveys(): { csv: string; sourceRows: number } {
	const rows = readCsvObjects(readReal('chicago-wnv-kaggle/train.csv'));
	const byTrapDay = new Map<
		string,
		{ id: string; site_id: string; surveyed_at: string; count: number; lng: string; lat: string }
	>();
	for (const r of rows) {
		const id = `${r.Trap}-${r.Date}`;
		const s = byTrapDay.get(id) ?? {
			id,
			site_id: r.Trap,
			surveyed_at: r.Date,
			count: 0,
			lng: r.Longitude,
			lat: r.Latitude
		};
		s.count += Number(r.NumMosquitos);
		byTrapDay.set(id, s);
	}
	const surveys = [...byTrapDay.values()].map((s) => ({
		...s,
		method: 'mosquito.light_trap',
		effort: 1,
		habitat: 'CDPH trap'
	}));
	return {
		csv: writeCanonicalCsv(
			['id', 'method', 'site_id', 'surveyed_at', 'count', 'effort', 'lng', 'lat', 'habitat'],
			surveys
		),
		sourceRows: rows.length
	};
}
