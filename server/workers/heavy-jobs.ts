import type { EmergingCell } from '../contract/hotspots';
import { analyseEmerging } from '../domain/emerging/analyse-emerging';
import { planRoutes, type PlanInput } from '../domain/routing/plan-routes';
import type { RoadGraph } from '../domain/routing/road-graph';
import { formatXlsx } from '../format/table-export';
import { checkImport, previewImport, type ImportRequest } from '../ingest/check-import';
import type { EnrichmentLayers } from '../ingest/enrichment-store';
import type { ImportCatalogueRows } from '../ingest/import-catalogues';
import {
	checkRowBatch,
	enrichPointBatch,
	type CheckRowsJob,
	type EnrichJob
} from '../ingest/staged-jobs';
import { parseMultipart } from '../routes/http/multipart';
import type { Bbox } from '$geo/bbox';
import { formatCellPolygon } from '$geo/h3-cells';

/** An XLSX table as plain data: the cells are read from the rows before the job is sent. */
export interface XlsxJob {
	columns: { header: string; numberFormat?: string }[];
	cells: (string | number | null)[][];
	sheet: string;
}

/**
 * The CPU-bound jobs a worker thread runs (style: pure code only; no job opens the database,
 * whose one writer is the main thread). Payloads and results cross by structured clone.
 */
export const HEAVY_JOBS = {
	planRoutes: ({ input, graph }: { input: PlanInput; graph: RoadGraph }) =>
		planRoutes(input, graph),
	parseMultipart,
	previewImport: (req: ImportRequest) => previewImport(req),
	checkImport: ({
		req,
		catalogueRows,
		layers,
		zoneExtents
	}: {
		req: ImportRequest;
		catalogueRows: ImportCatalogueRows;
		layers: EnrichmentLayers | null;
		zoneExtents: Bbox[] | null;
	}) => checkImport(req, catalogueRows, layers, zoneExtents),
	/** Issue 18: a staged CSV import's rows SQL could not take, and its points' enrichment. */
	checkRowBatch: (job: CheckRowsJob) => checkRowBatch(job),
	enrichPointBatch: (job: EnrichJob) => enrichPointBatch(job),
	writeXlsx: ({ columns, cells, sheet }: XlsxJob) =>
		formatXlsx(
			columns.map((c, k) => ({ ...c, value: (row: (string | number | null)[]) => row[k] })),
			cells,
			sheet
		),
	emergingFeatures: ({
		cells,
		values,
		options
	}: {
		cells: string[];
		values: Float64Array[];
		options: { k: number; fdr: boolean };
	}) =>
		analyseEmerging(cells, values, options).map((properties: EmergingCell) => ({
			type: 'Feature' as const,
			geometry: formatCellPolygon(properties.h3),
			properties
		}))
};
