import { Hono } from 'hono';
import {
	calculateBodySchema,
	densityExportQuerySchema,
	densityQuerySchema,
	densitySeriesQuerySchema,
	townGradeQuerySchema
} from '../contract/density';
import type { Database } from '../db/database';
import { densityExportColumns, flattenDensityUnits } from '../format/density-export';
import { writeTable } from '../format/file-writers';
import { EXPORT_LABELS } from '../i18n/export-labels';
import {
	calculateDensity,
	computeDensity,
	computeDensitySeries,
	loadDensityCatalogue
} from '../services/density';
import { computeTownGrade } from '../services/town-grade';
import { sendFile } from './http/download';
import { validate } from './http/validation';

/** `GET /api/density` per zone, grid or H3 cell (and as CSV/XLSX); `POST /api/density/calculate`. */
export function createDensityRoutes(db: Database) {
	return (
		new Hono()
			.get('/', validate('query', densityQuerySchema), async (c) =>
				c.json(await computeDensity(db, c.req.valid('query')))
			)
			.get('/series', validate('query', densitySeriesQuerySchema), async (c) =>
				c.json(await computeDensitySeries(db, c.req.valid('query')))
			)
			// Issue 17: the whole town's grade per pest and method.
			.get('/town', validate('query', townGradeQuerySchema), async (c) =>
				c.json(await computeTownGrade(db, c.req.valid('query')))
			)
			.get('/export', validate('query', densityExportQuerySchema), async (c) => {
				const { format, lang, ...q } = c.req.valid('query');
				const density = await computeDensity(db, q);
				const { methods, thresholds } = await loadDensityCatalogue(db);
				const labels = EXPORT_LABELS[lang];
				const table = {
					columns: densityExportColumns(q.pest, labels, lang, methods, thresholds),
					rows: flattenDensityUnits(density.units),
					sheet: labels.densitySheet
				};
				const name = `sanimap-density-${q.pest}-${q.by}-${density.from ?? 'all'}-${density.to ?? 'all'}`;
				return sendFile(c, await writeTable(format, table, name));
			})
			.post('/calculate', validate('json', calculateBodySchema), async (c) =>
				c.json(await calculateDensity(db, c.req.valid('json').records))
			)
	);
}
