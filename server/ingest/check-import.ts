import type { ImportLang, ImportPreview, ImportResult } from '../contract/import-results';
import type { ImportRecords } from '../domain/imports/build-records';
import { FAR_FROM_ZONES_KM } from '../domain/imports/far-points';
import { fileRefusals } from '../domain/imports/file-refusal-messages';
import { groupIssues } from '../domain/imports/group-issues';
import {
	farFromZonesMessage,
	invalidColumnsMessage,
	invalidRowsMessage,
	noRowsMessage
} from '../domain/imports/import-summaries';
import { createIssueWording, type IssueWording } from '../domain/imports/issue-messages';
import type { RawIssue } from '../domain/imports/import-issue';
import { POINT_KINDS, type ImportKind } from '../domain/imports/import-fields';
import type { PointEnrichment } from '../domain/enrichment/point-enricher';
import { resolveMapping, type ColumnMapping } from '../domain/imports/resolve-mapping';
import type { SourceTable } from '../domain/imports/source-table';
import { validateRows } from '../domain/imports/validate-rows';
import { AppError, PayloadTooLargeError } from '../errors';
import type { Bbox } from '$geo/bbox';
import type { CrsId } from '$geo/crs';
import { createLayerEnricher, type EnrichmentLayers } from './enrichment-store';
import { farIssues } from './far-issues';
import { buildImportCatalogues, type ImportCatalogueRows } from './import-catalogues';
import { MAX_IMPORT_ROWS, PREVIEW_ROWS, UPLOAD_LIMIT_BYTES } from './import-limits';
import { refuseImport } from './import-refusal';
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
	/** The language of every message (issue 11). */
	lang: ImportLang;
	/** Import points far from every stored zone anyway (asked only with no service area). */
	allowFar?: boolean;
	/**
	 * A file on this machine instead of `bytes` (the CLI, the import bench): its size and row
	 * limits are MAX_FILE_IMPORT_BYTES and MAX_FILE_IMPORT_ROWS (import-limits.ts).
	 */
	path?: string;
}

/** A file that passed every check: its records, ready to write, and what the answer quotes. */
export interface CheckedImport<K extends ImportKind = ImportKind> {
	records: ImportRecords[K][];
	/** Points only: each record's zone, grid, H3 cells and nearest road, and the layers used. */
	enrichment: PreEnrichment | null;
	encoding: SourceTable['encoding'];
	format: SourceTable['format'];
	mapping: ColumnMapping;
	/** Points far from every stored zone, grouped and worded (a dry run, or `allowFar`). */
	warnings: ImportResult['warnings'];
}

export interface PreEnrichment {
	fingerprint: string;
	records: PointEnrichment[];
}

async function readChecked(req: ImportRequest): Promise<SourceTable> {
	if (req.bytes.byteLength > UPLOAD_LIMIT_BYTES) {
		throw new PayloadTooLargeError(fileRefusals(req.lang).uploadTooLarge(UPLOAD_LIMIT_BYTES), {
			limit: UPLOAD_LIMIT_BYTES
		});
	}
	const table = await readSource(req.bytes, req.filename, req.sheet, req.lang);
	if (table.rows.length > MAX_IMPORT_ROWS) throw tooManyRows(req.lang);
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
	// Column problems name fields and headers only, never a catalogue entry.
	const wording = createIssueWording(req.lang, { category: [], method: [] }, table.headers);
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
		issues: issues.map(wording.issue)
	};
}

/**
 * Read, map and check every row against the catalogues, wording every problem in the
 * request's language. Any problem throws 422 listing the problems (the first
 * MAX_REJECTED_LISTED, every one grouped, and the total). A file with a header and no rows is
 * a 422 too: it is almost always the wrong sheet or an empty export. `zoneExtents` (read on
 * the main thread; null with a service area) are the stored zones: points far from all of
 * them are warnings in a dry run and a 422 on the import unless `allowFar` (issue 11).
 */
export async function checkImport(
	req: ImportRequest,
	catalogueRows: ImportCatalogueRows,
	layers: EnrichmentLayers | null = null,
	zoneExtents: readonly Bbox[] | null = null
): Promise<CheckedImport> {
	const { table, mapping, issues } = await readAndMap(req);
	if (table.rows.length === 0) {
		throw new AppError(422, 'no_rows', noRowsMessage(req.lang, table.headers.length > 0));
	}
	const { catalogues, density, names } = buildImportCatalogues(catalogueRows);
	const wording = createIssueWording(req.lang, names, table.headers);
	if (issues.length) throw refuseColumns(wording, issues, table.headers, mapping);
	const { records, rejected, rowsOf } = validateRows(req.kind, table, mapping, {
		crs: req.crs,
		serviceArea: req.serviceArea,
		catalogues,
		density
	});
	if (rejected.length) throw refuseRows(wording, rejected, table.rows.length);
	const far =
		req.serviceArea || !zoneExtents
			? []
			: farIssues(req.kind, records, rowsOf, mapping, zoneExtents);
	if (far.length && !req.dryRun && !req.allowFar) throw refuseFar(wording, far, table.rows.length);
	return {
		records,
		enrichment: layers && POINT_KINDS.has(req.kind) ? enrichPoints(records, layers) : null,
		encoding: table.encoding,
		format: table.format,
		mapping,
		warnings: groupIssues(far, wording).groups
	};
}

/** 422 invalid_columns: mapping or header problems (row 1), nothing written. */
export function refuseColumns(
	wording: IssueWording,
	issues: readonly RawIssue[],
	headers: readonly string[],
	mapping: ColumnMapping
) {
	return refuseImport(
		'invalid_columns',
		wording,
		issues,
		(g) => invalidColumnsMessage(wording, g),
		{
			headers: [...headers],
			mapping
		}
	);
}

/** 422 invalid_rows: every bad row's problems (sorted by row, then column), of `total` rows. */
export function refuseRows(wording: IssueWording, rejected: readonly RawIssue[], total: number) {
	const rows = new Set(rejected.map((r) => r.row)).size;
	return refuseImport(
		'invalid_rows',
		wording,
		rejected,
		(g) => invalidRowsMessage(wording, rows, total, g),
		{ rows: total, rejectedRows: rows }
	);
}

/** 422 far_from_zones: points far from every stored zone, to confirm with `allowFar`. */
export function refuseFar(wording: IssueWording, far: readonly RawIssue[], total: number) {
	return refuseImport(
		'far_from_zones',
		wording,
		far,
		(g) => farFromZonesMessage(wording, far.length, FAR_FROM_ZONES_KM, g),
		{ rows: total, rejectedRows: far.length, confirmWith: 'allowFar' }
	);
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
