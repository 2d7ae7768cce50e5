import { booleanPointInPolygon } from '@turf/turf';
import { PolygonLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { LayersList } from '@deck.gl/core';

/** A polygon drawn on the planner's map by clicking its corners, [lng, lat] each. */
export type AreaRing = readonly [number, number][];

/** A ring needs three corners before it encloses anything. */
export const MIN_AREA_CORNERS = 3;

/**
 * Keeps only the stops inside the drawn area selected (the "a polygon drawn on the
 * map" target); stops outside are unticked, not removed, so the planner can tick one back.
 */
export function selectInsideArea<T extends { lng: number; lat: number; selected: boolean }>(
	candidates: readonly T[],
	ring: AreaRing
): T[] {
	if (ring.length < MIN_AREA_CORNERS) return [...candidates];
	const polygon = { type: 'Polygon' as const, coordinates: [[...ring, ring[0]]] };
	return candidates.map((c) => ({
		...c,
		selected: booleanPointInPolygon([c.lng, c.lat], polygon)
	}));
}

/** The area being drawn: its outline and corner dots, above the routes. */
export function renderAreaLayers(ring: AreaRing, closed: boolean): LayersList {
	if (!ring.length) return [];
	return [
		new PolygonLayer({
			id: 'plan-area:outline',
			data: [{ ring: closed ? [...ring, ring[0]] : ring }],
			getPolygon: (d: { ring: [number, number][] }) => d.ring,
			filled: closed,
			getFillColor: [0, 114, 178, 40],
			getLineColor: [0, 114, 178, 230],
			lineWidthUnits: 'pixels',
			getLineWidth: 2,
			stroked: true
		}),
		new ScatterplotLayer({
			id: 'plan-area:corners',
			data: ring,
			getPosition: (d: [number, number]) => d,
			radiusUnits: 'pixels',
			getRadius: 5,
			getFillColor: [0, 114, 178, 255]
		})
	];
}
