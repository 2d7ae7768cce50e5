import type { Feature, Geometry } from 'geojson';
import { decodeText } from '../domain/imports/decode-text';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../domain/imports/json-depth';
import type { SourceTable } from '../domain/imports/source-table';
import { AppError } from '../errors';
import { MAX_IMPORT_ROWS } from './import-limits';
import { tooManyRows } from './row-limit';

const invalid = (message: string, details?: unknown) =>
	new AppError(422, 'invalid_file', message, details);

function parseDocument(bytes: Uint8Array): { type?: string; features?: unknown } {
	const { text } = decodeText(bytes);
	if (nestsDeeperThan(text)) {
		throw invalid(
			`the file nests values more than ${MAX_JSON_DEPTH} levels deep; GeoJSON needs at most 8 or so`,
			{ limit: MAX_JSON_DEPTH }
		);
	}
	try {
		return JSON.parse(text) as { type?: string; features?: unknown };
	} catch {
		// V8's message quotes the text around the fault (Node 20 gives no position): not echoed.
		throw invalid(
			'the file is not valid JSON (cut off or edited by hand?); export it again from the GIS tool'
		);
	}
}

/**
 * A GeoJSON upload (RFC 7946 FeatureCollection or one Feature) as a table: properties are the
 * columns, each feature keeps its geometry, rows are 1-based feature numbers. A feature's
 * `id` fills the `id` column when its properties have none. Nesting is checked before parsing.
 */
export function readGeojsonSource(bytes: Uint8Array): SourceTable {
	const doc = parseDocument(bytes);
	const features =
		doc?.type === 'FeatureCollection' && Array.isArray(doc.features)
			? (doc.features as Feature[])
			: doc?.type === 'Feature'
				? [doc as unknown as Feature]
				: null;
	if (!features) throw invalid('GeoJSON must be a FeatureCollection or a Feature');
	if (features.length > MAX_IMPORT_ROWS) throw tooManyRows();
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
