import type { Geometry } from 'geojson';

/** A Point geometry's `[lng, lat]`, or null for any other geometry. */
export function pointOf(geometry: Geometry | null): [number, number] | null {
	if (geometry?.type !== 'Point') return null;
	const [lng, lat] = geometry.coordinates;
	return Number.isFinite(lng) && Number.isFinite(lat) ? [lng, lat] : null;
}
