import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { ImportPreview, ImportResult } from '../contract/import-results';
import type { Database } from '../db/database';
import type { Actor } from '../services/actor';
import { POINT_KINDS } from '../domain/imports/import-fields';
import { sharedWorkerPool, type WorkerPool } from '../workers/worker-pool';
import type { ImportRequest } from './check-import';
import { loadEnrichmentLayers } from './enrichment-store';
import { loadZoneExtents } from './far-issues';
import { loadImportCatalogueRows } from './import-catalogues';
import { PREVIEW_ROWS } from './import-limits';
import { importStagedCsv, takesStagedPath } from './staged-import';
import { countExisting, writeImport } from './write-import';

export type { ImportRequest };

/** The first bytes of the upload or the file: enough to tell its format. */
function headOf(req: ImportRequest): Uint8Array {
	if (!req.path || req.bytes.byteLength) return req.bytes.subarray(0, 64);
	const head = new Uint8Array(64);
	const fd = openSync(req.path, 'r');
	const n = readSync(fd, head, 0, 64, 0);
	closeSync(fd);
	return head.subarray(0, n);
}

/** Reads a file and works out its mapping without checking rows (the preview step). */
export function previewImport(
	req: ImportRequest,
	work: WorkerPool = sharedWorkerPool()
): Promise<ImportPreview> {
	return work.run('previewImport', req);
}

/**
 * The one import path (HTTP route and CLI). Surveys from a CSV take the staged path
 * (staged-import.ts, issue 18: DuckDB's reader, SQL checks, INSERT … SELECT); everything
 * else, and a CSV DuckDB would read differently, this one: read, map, check, word the problems in the
 * request's language and enrich every row in a worker thread (check-import.ts), then, unless a
 * dry run, upsert in one transaction here, since only the main thread holds the database. The
 * catalogues, the enrichment layers and (with no service area) the stored zones' extents are
 * read here before the job. Any problem is a 422 (refuseImport's details, groups included, cross
 * the thread boundary whole) and nothing is written; points far from every zone are warnings
 * in a dry run and a 422 unless `allowFar` (issue 11). A committed import appends one audit
 * row for `actor` in its transaction; a dry run writes nothing, so it records nothing.
 */
export async function importFile(
	db: Database,
	actor: Actor,
	req: ImportRequest,
	work: WorkerPool = sharedWorkerPool()
): Promise<ImportResult> {
	const catalogueRows = await loadImportCatalogueRows(db, req.kind);
	const zoneExtents =
		!req.serviceArea && POINT_KINDS.has(req.kind) ? await loadZoneExtents(db) : null;
	if (takesStagedPath(req, headOf(req))) {
		const staged = await importStagedCsv(db, actor, req, work, { catalogueRows, zoneExtents });
		if (staged) return staged;
	}
	if (req.path && req.bytes.byteLength === 0) req = { ...req, bytes: readFileSync(req.path) };
	const layers = req.dryRun ? null : await loadEnrichmentLayers(db);
	const { records, enrichment, encoding, format, mapping, warnings } = await work.run(
		'checkImport',
		{ req, catalogueRows, layers, zoneExtents }
	);
	const written = req.dryRun
		? await countExisting(db, req.kind, records)
		: await writeImport(db, { actor, filename: req.filename }, req.kind, records, enrichment);
	return {
		...written,
		rejected: [],
		dryRun: req.dryRun,
		crs: req.crs,
		encoding,
		format,
		mapping,
		preview: records.slice(0, PREVIEW_ROWS),
		warnings
	};
}
