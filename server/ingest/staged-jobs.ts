import type { ImportRecords } from '../domain/imports/build-records';
import type { ImportKind } from '../domain/imports/import-fields';
import type { RawIssue } from '../domain/imports/import-issue';
import type { ColumnMapping } from '../domain/imports/resolve-mapping';
import type { SourceRow } from '../domain/imports/source-table';
import { buildRows } from '../domain/imports/validate-rows';
import type { Bbox } from '$geo/bbox';
import type { CrsId } from '$geo/crs';
import { createLayerEnricher, type EnrichmentLayers } from './enrichment-store';
import { buildImportCatalogues, type ImportCatalogueRows } from './import-catalogues';

/**
 * The CPU-bound parts of a staged CSV import (issue 18), run in a worker thread a batch at a
 * time (server/workers/heavy-jobs.ts): rows the SQL checks could not take as they are, and
 * the enrichment of distinct points.
 */
export interface CheckRowsJob {
	kind: ImportKind;
	rows: SourceRow[];
	mapping: ColumnMapping;
	crs: CrsId;
	serviceArea: Bbox | null;
	catalogueRows: ImportCatalogueRows;
}

export interface CheckedRows {
	records: ImportRecords[ImportKind][];
	rowsOf: number[];
	issues: RawIssue[];
}

/** The row-object checks of import-time (validate-rows.ts buildRows) on one batch of rows. */
export function checkRowBatch(job: CheckRowsJob): CheckedRows {
	const { catalogues, density } = buildImportCatalogues(job.catalogueRows);
	const ctx = { crs: job.crs, serviceArea: job.serviceArea, catalogues, density };
	return buildRows(job.kind, job.rows, job.mapping, ctx, false);
}

export interface EnrichJob {
	layers: EnrichmentLayers;
	lng: number[];
	lat: number[];
}

/** Enrichment of a batch of points, one array per stored column, in the points' order. */
export interface EnrichedColumns {
	zoneId: (string | null)[];
	gridId: (string | null)[];
	r7: string[];
	r8: string[];
	r9: string[];
	r10: string[];
	segmentId: (string | null)[];
	segmentDistanceM: (number | null)[];
}

/** The enricher of the last layers a worker saw: every batch of one import brings the same. */
let cached: { fingerprint: string; enrich: ReturnType<typeof createLayerEnricher> } | null = null;

export function enrichPointBatch({ layers, lng, lat }: EnrichJob): EnrichedColumns {
	if (cached?.fingerprint !== layers.fingerprint) {
		cached = { fingerprint: layers.fingerprint, enrich: createLayerEnricher(layers) };
	}
	const out: EnrichedColumns = {
		zoneId: [],
		gridId: [],
		r7: [],
		r8: [],
		r9: [],
		r10: [],
		segmentId: [],
		segmentDistanceM: []
	};
	for (let i = 0; i < lng.length; i++) {
		const e = cached.enrich(lng[i], lat[i]);
		out.zoneId.push(e.zoneId);
		out.gridId.push(e.gridId);
		out.r7.push(e.h3.r7);
		out.r8.push(e.h3.r8);
		out.r9.push(e.h3.r9);
		out.r10.push(e.h3.r10);
		out.segmentId.push(e.segmentId);
		out.segmentDistanceM.push(e.segmentDistanceM);
	}
	return out;
}
