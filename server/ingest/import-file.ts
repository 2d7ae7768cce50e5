import type { ImportLang, ImportPreview, ImportResult } from '../contract/import-results';
import type { Database } from '../db/database';
import { FAR_FROM_ZONES_KM } from '../domain/imports/far-points';
import { groupIssues } from '../domain/imports/group-issues';
import {
	farFromZonesMessage,
	invalidColumnsMessage,
	invalidRowsMessage,
	noRowsMessage
} from '../domain/imports/import-summaries';
import { createIssueWording } from '../domain/imports/issue-messages';
import type { ImportKind } from '../domain/imports/import-fields';
import { resolveMapping, type ColumnMapping } from '../domain/imports/resolve-mapping';
import type { SourceTable } from '../domain/imports/source-table';
import { validateRows } from '../domain/imports/validate-rows';
import { AppError, PayloadTooLargeError } from '../errors';
import { findFarIssues } from './far-issues';
import type { Bbox } from '$geo/bbox';
import type { CrsId } from '$geo/crs';
import { loadImportCatalogues } from './import-catalogues';
import { MAX_IMPORT_ROWS, PREVIEW_ROWS, UPLOAD_LIMIT_BYTES } from './import-limits';
import { refuseImport } from './import-refusal';
import { readSource } from './read-source';
import { tooManyRows } from './row-limit';
import { countExisting, writeImport } from './write-import';

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

function toPreview(
	req: ImportRequest,
	read: Awaited<ReturnType<typeof readAndMap>>
): ImportPreview {
	const { table, mapping, unmapped } = read;
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
		issues: read.issues.map(wording.issue)
	};
}

/** Reads a file and works out its mapping without checking rows (the preview step). */
export async function previewImport(req: ImportRequest): Promise<ImportPreview> {
	return toPreview(req, await readAndMap(req));
}

/**
 * The one import path (HTTP route and CLI): read, map, check every row, then, unless a dry
 * run, upsert in one transaction. Any problem throws 422 listing the problems (the first
 * MAX_REJECTED_LISTED, every one grouped, and the total) and nothing is written. A file with
 * a header and no rows is a 422 too: it is almost always the wrong sheet or an empty export.
 * With no service area, points far from every stored zone are warned about in a dry run and
 * refused on the import unless `allowFar` (issue 11).
 */
export async function importFile(db: Database, req: ImportRequest): Promise<ImportResult> {
	const { table, mapping, issues } = await readAndMap(req);
	if (table.rows.length === 0) {
		throw new AppError(422, 'no_rows', noRowsMessage(req.lang, table.headers.length > 0));
	}
	const { catalogues, density, names } = await loadImportCatalogues(db);
	const wording = createIssueWording(req.lang, names, table.headers);
	if (issues.length) {
		throw refuseImport(
			'invalid_columns',
			wording,
			issues,
			(g) => invalidColumnsMessage(wording, g),
			{
				headers: table.headers,
				mapping
			}
		);
	}
	const { records, rejected, rowsOf } = validateRows(req.kind, table, mapping, {
		crs: req.crs,
		serviceArea: req.serviceArea,
		catalogues,
		density
	});
	if (rejected.length) {
		const rows = new Set(rejected.map((r) => r.row)).size;
		const total = table.rows.length;
		throw refuseImport(
			'invalid_rows',
			wording,
			rejected,
			(g) => invalidRowsMessage(wording, rows, total, g),
			{
				rows: total,
				rejectedRows: rows
			}
		);
	}
	const far = req.serviceArea ? [] : await findFarIssues(db, req.kind, records, rowsOf, mapping);
	if (far.length && !req.dryRun && !req.allowFar) {
		throw refuseImport(
			'far_from_zones',
			wording,
			far,
			(g) => farFromZonesMessage(wording, far.length, FAR_FROM_ZONES_KM, g),
			{ rows: table.rows.length, rejectedRows: far.length, confirmWith: 'allowFar' }
		);
	}
	const written = req.dryRun
		? await countExisting(db, req.kind, records)
		: await writeImport(db, req.kind, records);
	return {
		...written,
		rejected: [],
		dryRun: req.dryRun,
		crs: req.crs,
		encoding: table.encoding,
		format: table.format,
		mapping,
		preview: records.slice(0, PREVIEW_ROWS),
		warnings: groupIssues(far, wording).groups
	};
}
