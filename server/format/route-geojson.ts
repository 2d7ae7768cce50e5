import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { ExportRoute } from './route-export-model';

/** Each team's route line, then its stops as points numbered in visiting order. */
export function formatRouteGeoJson(routes: readonly ExportRoute[]): FeatureCollection {
	const features: Feature<LineString | Point>[] = [];
	for (const r of routes) {
		if (r.geometry)
			features.push({
				type: 'Feature',
				id: `${r.teamId}:route`,
				geometry: r.geometry,
				properties: {
					kind: 'route',
					teamId: r.teamId,
					distanceM: r.distanceM,
					durationMin: r.durationMin
				}
			});
		for (const s of r.stops)
			features.push({
				type: 'Feature',
				id: `${r.teamId}:${s.id}`,
				geometry: { type: 'Point', coordinates: [s.lng, s.lat] },
				properties: {
					kind: 'stop',
					teamId: r.teamId,
					seq: s.seq,
					label: String(s.seq),
					stopId: s.id,
					roadName: s.roadName,
					arriveMin: s.arriveMin,
					legM: s.legM,
					serviceMin: s.serviceMin,
					offNetwork: s.offNetwork,
					legStraight: s.legStraight,
					status: s.status
				}
			});
	}
	return { type: 'FeatureCollection', features };
}
