import type { ImportPreview } from '../contract/import-results';
import type { ImportRecords } from '../domain/imports/build-records';
import type { ImportIssue } from '../domain/imports/import-issue';
import { POINT_KINDS, type ImportKind } from '../domain/imports/import-fields';
import type { PointEnrichment } from '../domain/enrichment/point-enricher';
import { resolveMapping, type ColumnMapping } from '../domain/imports/resolve-mapping';
import type { SourceTable } from '../domain/imports/source-table';
import { validateRows } from '../domain/imports/validate-rows';
import { AppError, PayloadTooLargeError } from '../errors';
import type { Bbox } from '$geo/bbox';
import type { CrsId } from '$geo/crs';
import { createLayerEnricher, type EnrichmentLayers } from './enrichment-store';
import { buildImportCatalogues, type ImportCatalogueRows } from './import-catalogues';
import {
	MAX_IMPORT_ROWS,
	MAX_REJECTED_LISTED,
	PREVIEW_ROWS,
	UPLOAD_LIMIT_BYTES
} from './import-limits';
import { readSource } from './read-source';
import { tooManyRows } from './row-limit';

/**
 * The CPU-bound half of an import — read the file, map its columns, check every row — which
 * runs in a worker thread (server/workers); the database half stays in import-file.ts.
 */
export interface ImportRequest {
	kind: ImportKind;
	bytes: Uint8Array;
	filename: string;
	crs: CrsId;
	mapping: ColumnMapping;
	dryRun: boolean;
	sheet?: string;
	serviceArea: Bbox | null;
}

/** A file that passed every check: its records, ready to write, and what the answer quotes. */
export interface CheckedImport<K extends ImportKind = ImportKind> {
	records: ImportRecords[K][];
	/** Points only: each record's zone, grid, H3 cells and nearest road, and the layers used. */
	enrichment: PreEnrichment | null;
	encoding: SourceTable['encoding'];
	format: SourceTable['format'];
	mapping: ColumnMapping;
}

export interface PreEnrichment {
	fingerprint: string;
	records: PointEnrichment[];
}

async function readChecked(req: ImportRequest): Promise<SourceTable> {
	if (req.bytes.byteLength > UPLOAD_LIMIT_BYTES) {
		throw new PayloadTooLargeError(
			`the file is ${req.bytes.byteLength} bytes; the limit is ${UPLOAD_LIMIT_BYTES}`,
			{
				limit: UPLOAD_LIMIT_BYTES
			}
		);
	}
	const table = await readSource(req.bytes, req.filename, req.sheet);
	if (table.rows.length > MAX_IMPORT_ROWS) throw tooManyRows();
	return table;
}

async function readAndMap(req: ImportRequest) {
	const table = await readChecked(req);
	const resolved = resolveMapping({
		kind: req.kind,
		headers: table.headers,
		given: req.mapping,
		hasGeometry: table.format === 'geojson'
	});
	return { table, ...resolved };
}

/** Reads a file and works out its mapping without checking rows (the preview step). */
export async function previewImport(req: ImportRequest): Promise<ImportPreview> {
	const { table, mapping, unmapped, issues } = await readAndMap(req);
	return {
		kind: req.kind,
		format: table.format,
		encoding: table.encoding,
		sheet: table.sheet,
		sheets: table.sheets,
		headers: table.headers,
		mapping,
		unmapped,
		rows: table.rows.length,
		sample: table.rows.slice(0, PREVIEW_ROWS).map((r) => r.values),
		issues
	};
}

/**
 * The problems of a 422 as `details` lists them: the first MAX_REJECTED_LISTED, the total,
 * and whether the list was cut.
 */
function listProblems(issues: ImportIssue[]) {
	return {
		rejected: issues.slice(0, MAX_REJECTED_LISTED),
		total: issues.length,
		truncated: issues.length > MAX_REJECTED_LISTED
	};
}

/**
 * Read, map and check every row against the catalogues. Any problem throws 422 listing the
 * problems (the first MAX_REJECTED_LISTED and the total). A file with a header and no rows is
 * a 422 too: it is almost always the wrong sheet or an empty export.
 */
export async function checkImport(
	req: ImportRequest,
	catalogueRows: ImportCatalogueRows,
	layers: EnrichmentLayers | null = null
): Promise<CheckedImport> {
	const { table, mapping, issues } = await readAndMap(req);
	if (table.rows.length === 0) {
		const what = table.headers.length ? 'has a header but no data rows' : 'is empty';
		throw new AppError(422, 'no_rows', `the file ${what}; nothing was imported`);
	}
	if (issues.length) {
		throw new AppError(422, 'invalid_columns', summarise(issues, 'column'), {
			...listProblems(issues),
			headers: table.headers,
			mapping
		});
	}
	const { catalogues, density } = buildImportCatalogues(catalogueRows);
	const { records, rejected } = validateRows(req.kind, table, mapping, {
		crs: req.crs,
		serviceArea: req.serviceArea,
		catalogues,
		density
	});
	if (rejected.length) {
		const rows = new Set(rejected.map((r) => r.row)).size;
		throw new AppError(422, 'invalid_rows', summarise(rejected, 'row', rows, table.rows.length), {
			...listProblems(rejected),
			rows: table.rows.length,
			rejectedRows: rows
		});
	}
	return {
		records,
		enrichment: layers && POINT_KINDS.has(req.kind) ? enrichPoints(records, layers) : null,
		encoding: table.encoding,
		format: table.format,
		mapping
	};
}

/**
 * Zone, grid, H3 cells and nearest road of every point (design.md §1), computed here rather
 * than by the writer: for 200,000 points it is many seconds of CPU.
 */
function enrichPoints(records: readonly object[], layers: EnrichmentLayers): PreEnrichment {
	const enrich = createLayerEnricher(layers);
	const points = records as readonly { lng: number; lat: number }[];
	return { fingerprint: layers.fingerprint, records: points.map((r) => enrich(r.lng, r.lat)) };
}

function summarise(
	issues: ImportIssue[],
	what: 'row' | 'column',
	bad = issues.length,
	total = 0
): string {
	const first = issues[0];
	const where = `row ${first.row}, ${first.column}: ${first.message}`;
	return what === 'column'
		? `the file's columns do not fit: ${where}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}; nothing was imported`
		: `${bad} of ${total} rows have problems; nothing was imported. First: ${where}`;
}
