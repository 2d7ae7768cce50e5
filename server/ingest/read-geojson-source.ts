import type { Feature, Geometry } from 'geojson';
import { decodeText } from '../domain/imports/decode-text';
import type { SourceTable } from '../domain/imports/source-table';
import { AppError } from '../errors';

const invalid = (message: string) => new AppError(422, 'invalid_file', message);

/**
 * A GeoJSON upload (RFC 7946 FeatureCollection or one Feature) as a table: properties are the
 * columns, each feature keeps its geometry, rows are 1-based feature numbers. A feature's
 * `id` fills the `id` column when its properties have none.
 */
export function readGeojsonSource(bytes: Uint8Array): SourceTable {
	let doc: { type?: string; features?: unknown };
	try {
		doc = JSON.parse(decodeText(bytes).text) as typeof doc;
	} catch (error) {
		throw invalid(`the file is not valid JSON: ${(error as Error).message}`);
	}
	const features =
		doc?.type === 'FeatureCollection' && Array.isArray(doc.features)
			? (doc.features as Feature[])
			: doc?.type === 'Feature'
				? [doc as unknown as Feature]
				: null;
	if (!features) throw invalid('GeoJSON must be a FeatureCollection or a Feature');
	const headers: string[] = [];
	const seen = new Set<string>();
	const rows = features.map((f, i) => {
		if (f?.type !== 'Feature') throw invalid(`feature ${i + 1} is not a GeoJSON Feature`);
		const values: Record<string, unknown> = { ...(f.properties ?? {}) };
		if (values.id === undefined && f.id !== undefined) values.id = f.id;
		for (const key of Object.keys(values)) {
			if (!seen.has(key)) {
				seen.add(key);
				headers.push(key);
			}
		}
		return { row: i + 1, values, geometry: (f.geometry ?? null) as Geometry | null };
	});
	return { format: 'geojson', encoding: null, sheet: null, sheets: [], headers, rows };
}
