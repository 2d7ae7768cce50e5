import { bboxPolygon, booleanIntersects } from '@turf/turf';
import type { Geometry } from 'geojson';
import { bboxesIntersect, computeGeometryBbox, type Bbox } from './bbox';

/** True when a geometry really touches a bbox: envelopes first, turf for the exact test. */
export function geometryIntersectsBbox(geometry: Geometry, bbox: Bbox): boolean {
	if (!bboxesIntersect(computeGeometryBbox(geometry), bbox)) return false;
	return booleanIntersects(bboxPolygon(bbox), geometry);
}
