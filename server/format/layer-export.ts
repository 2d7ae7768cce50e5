import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type { LayerId } from '../contract/layers';
import type { ExportLabels } from '../i18n/export-labels';
import { lineLabelAnchor } from '$geo/line-label';
import { polygonLabelPoint } from '$geo/polygon-label-point';
import { roundCoordinate } from '$geo/round';
import type { ExportColumn } from './table-export';

/** One exported row: a feature's properties and a representative point. */
export type LayerExportRow = Record<string, unknown> & { lng: number | null; lat: number | null };

/** The point a table row gets: the point itself, a zone's label point, a road's midpoint. */
function representativePoint(f: Feature): [number, number] | null {
	const g = f.geometry;
	if (!g) return null;
	if (g.type === 'Point') return [g.coordinates[0], g.coordinates[1]];
	if (g.type === 'Polygon' || g.type === 'MultiPolygon')
		return polygonLabelPoint(g as Polygon | MultiPolygon);
	if (g.type === 'LineString')
		return lineLabelAnchor((g as LineString).coordinates)?.position ?? null;
	return null;
}

/** Features as table rows; coordinates rounded to 6 decimals (about 0.1 m). */
export function flattenFeatures(fc: FeatureCollection): LayerExportRow[] {
	return fc.features.map((f) => {
		const p = representativePoint(f);
		return {
			...(f.properties ?? {}),
			lng: p ? roundCoordinate(p[0]) : null,
			lat: p ? roundCoordinate(p[1]) : null
		};
	});
}

type Key = keyof ExportLabels;
/** Property -> header label, per layer. Chinese headers are import aliases, so a file round-trips. */
const COLUMNS: Record<LayerId, [property: string, label: Key][]> = {
	zones: [
		['id', 'unitId'],
		['name', 'unitName'],
		['kind', 'kind'],
		['parentId', 'parentId'],
		['responsible', 'responsible']
	],
	roads: [
		['id', 'unitId'],
		['name', 'unitName'],
		['roadId', 'roadId'],
		['grade', 'grade'],
		['keyGroup', 'keyGroup'],
		['responsible', 'responsible'],
		['lengthM', 'lengthM']
	],
	blindspots: [
		['id', 'unitId'],
		['category', 'category'],
		['reportedAt', 'reportedAt'],
		['status', 'status'],
		['description', 'description'],
		['source', 'source'],
		['dueAt', 'dueAt'],
		['closedAt', 'closedAt'],
		['zoneId', 'zoneId'],
		['gridId', 'gridId'],
		['segmentId', 'segmentId'],
		['segmentDistanceM', 'segmentDistanceM'],
		['recurrence', 'recurrenceCount']
	],
	surveys: [
		['id', 'unitId'],
		['pest', 'pest'],
		['method', 'method'],
		['siteId', 'siteId'],
		['surveyedAt', 'surveyedAt'],
		['count', 'count'],
		['effort', 'effort'],
		['count2', 'count2'],
		['habitat', 'habitat'],
		['zoneId', 'zoneId'],
		['gridId', 'gridId']
	],
	pois: [
		['id', 'unitId'],
		['kind', 'kind'],
		['name', 'unitName']
	]
};

const cell = (v: unknown): string | number | null =>
	v === null || v === undefined ? null : typeof v === 'number' ? v : String(v);

/** Columns of a layer's CSV/XLSX export in the reader's language, longitude and latitude last. */
export function layerExportColumns(
	layer: LayerId,
	labels: ExportLabels
): ExportColumn<LayerExportRow>[] {
	return [
		...COLUMNS[layer].map(([property, label]) => ({
			header: labels[label],
			value: (r: LayerExportRow) => cell(r[property])
		})),
		{ header: labels.lng, value: (r) => r.lng, numberFormat: '0.000000' },
		{ header: labels.lat, value: (r) => r.lat, numberFormat: '0.000000' }
	];
}

export const LAYER_SHEETS: Record<LayerId, Key> = {
	zones: 'zonesSheet',
	roads: 'roadsSheet',
	blindspots: 'blindspotsSheet',
	surveys: 'surveysSheet',
	pois: 'poisSheet'
};
