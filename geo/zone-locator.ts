import Flatbush from 'flatbush';
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { computeGeometryBbox } from './bbox';

export interface LocatableZone {
	id: string;
	geometry: Polygon | MultiPolygon;
}

/** Finds which of a set of polygons contains a point: flatbush narrows, turf decides. */
export interface ZoneLocator {
	/** Id of the first zone (in input order) containing the point, or null. */
	locate(lng: number, lat: number): string | null;
}

export function createZoneLocator(zones: readonly LocatableZone[]): ZoneLocator {
	if (zones.length === 0) return { locate: () => null };
	const index = new Flatbush(zones.length);
	for (const z of zones) index.add(...computeGeometryBbox(z.geometry));
	index.finish();
	return {
		locate(lng, lat) {
			const hits = index.search(lng, lat, lng, lat).sort((a, b) => a - b);
			for (const i of hits) {
				if (booleanPointInPolygon([lng, lat], zones[i].geometry)) return zones[i].id;
			}
			return null;
		}
	};
}
