import type { Feature, Geometry } from 'geojson';
import type { ImportLang } from '../contract/import-results';
import { decodeText } from '../domain/imports/decode-text';
import { fileRefusals } from '../domain/imports/file-refusal-messages';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../domain/imports/json-depth';
import type { SourceTable } from '../domain/imports/source-table';
import { AppError } from '../errors';
import { MAX_IMPORT_ROWS } from './import-limits';
import { tooManyRows } from './row-limit';

const invalid = (message: string, details?: unknown) =>
	new AppError(422, 'invalid_file', message, details);

function parseDocument(bytes: Uint8Array, lang: ImportLang): { type?: string; features?: unknown } {
	const { text } = decodeText(bytes);
	// GeoJSON needs at most 8 levels or so.
	if (nestsDeeperThan(text)) {
		throw invalid(fileRefusals(lang).jsonTooDeep(MAX_JSON_DEPTH), { limit: MAX_JSON_DEPTH });
	}
	try {
		return JSON.parse(text) as { type?: string; features?: unknown };
	} catch {
		// V8's message quotes the text around the fault (Node 20 gives no position): not echoed.
		throw invalid(fileRefusals(lang).notJson());
	}
}

/**
 * A GeoJSON upload (RFC 7946 FeatureCollection or one Feature) as a table: properties are the
 * columns, each feature keeps its geometry, rows are 1-based feature numbers. A feature's
 * `id` fills the `id` column when its properties have none. Nesting is checked before parsing.
 * Refusals are in `lang`.
 */
export function readGeojsonSource(bytes: Uint8Array, lang: ImportLang): SourceTable {
	const say = fileRefusals(lang);
	const doc = parseDocument(bytes, lang);
	const features =
		doc?.type === 'FeatureCollection' && Array.isArray(doc.features)
			? (doc.features as Feature[])
			: doc?.type === 'Feature'
				? [doc as unknown as Feature]
				: null;
	if (!features) throw invalid(say.notGeojson());
	if (features.length > MAX_IMPORT_ROWS) throw tooManyRows(lang);
	const headers: string[] = [];
	const seen = new Set<string>();
	const rows = features.map((f, i) => {
		if (f?.type !== 'Feature') throw invalid(say.notFeature(i + 1));
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
