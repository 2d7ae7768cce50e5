import type { LineString } from 'geojson';
import type { RoadRankingCollection, RoadRankingRow } from '../contract/hotspots';
import type { ExportLabels } from '../i18n/export-labels';
import type { ExportColumn } from './table-export';

/** Columns of the road ranking export, in the reader's language. */
export function roadRankingColumns(labels: ExportLabels): ExportColumn<RoadRankingRow>[] {
	return [
		{ header: labels.rank, value: (r) => r.rank },
		{ header: labels.segmentId, value: (r) => r.id },
		{ header: labels.roadName, value: (r) => r.name },
		{ header: labels.fromStreet, value: (r) => r.from },
		{ header: labels.toStreet, value: (r) => r.to },
		{ header: labels.roadId, value: (r) => r.roadId },
		{ header: labels.grade, value: (r) => r.grade },
		{ header: labels.keyGroup, value: (r) => r.keyGroup },
		{ header: labels.lengthM, value: (r) => Math.round(r.lengthM * 10) / 10, numberFormat: '0.0' },
		{ header: labels.reports, value: (r) => r.reports },
		{
			header: labels.per100m,
			value: (r) => Math.round(r.per100m * 100) / 100,
			numberFormat: '0.00'
		},
		{ header: labels.openCases, value: (r) => r.openCases },
		{ header: labels.maxRecurrence, value: (r) => r.maxRecurrence }
	];
}

/** Ranked segments as GeoJSON lines (stored coordinates are already 6 decimals). */
export function formatRoadRankingCollection(
	rows: readonly RoadRankingRow[],
	geometries: ReadonlyMap<string, string>
): RoadRankingCollection {
	return {
		type: 'FeatureCollection',
		features: rows.map((properties) => ({
			type: 'Feature',
			id: properties.id,
			geometry: JSON.parse(geometries.get(properties.id)!) as LineString,
			properties
		}))
	};
}
