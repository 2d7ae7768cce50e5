import { bboxPolygon, booleanIntersects } from '@turf/turf';
import type { Geometry } from 'geojson';
import type { Row } from '../db/database';
import type { Bbox } from '$geo/bbox';
import { roundCoordinate } from '$geo/round';

/**
 * Turns layer rows into a GeoJSON FeatureCollection string. Stored geometry text is
 * spliced in as it is, so a 5 MB zone layer is never parsed and re-serialised; point
 * geometries are built from `lng`/`lat`, rounded to 6 decimals (about 0.1 m).
 */
export function formatLayerCollection(
	rows: readonly Row[],
	options: { cap: number; bbox?: Bbox }
): string {
	return writeLayerCollection(rows, options).text;
}

/**
 * As formatLayerCollection, for the map (issue 18): with `total` matching features and
 * whether the rows are a capped sample, written as `total` and `returned` members.
 */
export function writeLayerCollection(
	rows: readonly Row[],
	options: { cap: number; bbox?: Bbox; total?: number; capped?: boolean }
): { text: string; returned: number } {
	const truncated = options.capped ?? rows.length > options.cap;
	const kept = truncated ? rows.slice(0, options.cap) : rows;
	const box = options.bbox ? bboxPolygon(options.bbox) : null;
	const features: string[] = [];
	for (const row of kept) {
		// The SQL bbox test compared envelopes; keep only geometries that really intersect.
		if (box && typeof row.geometry === 'string') {
			if (!booleanIntersects(box, JSON.parse(row.geometry) as Geometry)) continue;
		}
		features.push(formatLayerFeature(row));
	}
	// Map requests (issue 18) also say how many match and how many came (a sample when capped).
	const counts =
		options.total === undefined ? '' : `"total":${options.total},"returned":${features.length},`;
	return {
		text: `{"type":"FeatureCollection","limit":${options.cap},"truncated":${truncated},${counts}"features":[${features.join(',')}]}`,
		returned: features.length
	};
}

/** One layer row as a GeoJSON Feature string (stored geometry text spliced in, points rounded). */
export function formatLayerFeature(row: Row): string {
	const { geometry, lng, lat, ...properties } = row;
	const geometryJson =
		typeof geometry === 'string'
			? geometry
			: `{"type":"Point","coordinates":[${roundCoordinate(lng as number)},${roundCoordinate(lat as number)}]}`;
	return `{"type":"Feature","id":${JSON.stringify(row.id)},"geometry":${geometryJson},"properties":${JSON.stringify(properties)}}`;
}
