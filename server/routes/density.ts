import { Hono } from 'hono';
import {
	calculateBodySchema,
	densityExportQuerySchema,
	densityQuerySchema,
	densitySeriesQuerySchema,
	type DensitySeriesResponse
} from '../contract/density';
import type { Database } from '../db/database';
import { assessRecords, assessUnits, type UnitSums } from '../domain/density/assess-units';
import { checkSurveyRecords } from '../domain/density/check-records';
import { BadRequestError, NotFoundError } from '../errors';
import { densityExportColumns, flattenDensityUnits } from '../format/density-export';
import { EXPORT_CONTENT_TYPES, formatCsv, formatXlsx } from '../format/table-export';
import { EXPORT_LABELS } from '../i18n/export-labels';
import { buildDensitySeriesQuery, SURVEY_DATE_RANGE_SQL } from '../queries/density';
import { computeDensity, loadDensityCatalogue } from './density-data';
import { validate } from './validation';

/** `GET /api/density` per zone, grid or H3 cell (and as CSV/XLSX); `POST /api/density/calculate`. */
export function createDensityRoutes(db: Database) {
	return new Hono()
		.get('/', validate('query', densityQuerySchema), async (c) =>
			c.json(await computeDensity(db, c.req.valid('query')))
		)
		.get('/series', validate('query', densitySeriesQuerySchema), async (c) => {
			const q = c.req.valid('query');
			const [unit] = await db.query<{ id: string; name: string; kind: string }>(
				'SELECT id, name, kind FROM zones WHERE id = $id',
				{ id: q.unit }
			);
			if (!unit) throw new NotFoundError(`no zone or grid "${q.unit}"`);
			const column =
				unit.kind === 'grid'
					? 'grid_id'
					: ['community', 'village'].includes(unit.kind)
						? 'zone_id'
						: null;
			if (!column)
				throw new BadRequestError(
					`unit must be a community, village or grid; ${q.unit} is a ${unit.kind}`
				);
			const [range] = await db.query<{ from: string | null; to: string | null }>(
				SURVEY_DATE_RANGE_SQL,
				{ pest: q.pest }
			);
			const to = q.to ?? range.to;
			// Default window: the three years up to the last survey (the panel's chart).
			const from = q.from ?? (to ? `${Number(to.slice(0, 4)) - 2}-01-01` : null);
			const body: DensitySeriesResponse = { pest: q.pest, unit, from, to, months: [] };
			if (!from || !to) return c.json(body);
			const series = buildDensitySeriesQuery({
				pest: q.pest,
				unitColumn: column,
				unit: q.unit,
				from,
				to
			});
			const rows = await db.query<UnitSums & Record<string, unknown>>(series.sql, series.params);
			const months = assessUnits(await loadDensityCatalogue(db), q.pest, rows, null);
			body.months = months.map((m) => ({ month: m.id, level: m.level, indicators: m.indicators }));
			return c.json(body);
		})
		.get('/export', validate('query', densityExportQuerySchema), async (c) => {
			const { format, lang, ...q } = c.req.valid('query');
			const density = await computeDensity(db, q);
			const catalogue = await loadDensityCatalogue(db);
			const labels = EXPORT_LABELS[lang];
			const columns = densityExportColumns(
				q.pest,
				labels,
				lang,
				catalogue.methods,
				catalogue.thresholds
			);
			const rows = flattenDensityUnits(density.units);
			const name = `sanimap-density-${q.pest}-${q.by}-${density.from ?? 'all'}-${density.to ?? 'all'}.${format}`;
			const body =
				format === 'csv'
					? formatCsv(columns, rows)
					: await formatXlsx(columns, rows, labels.densitySheet);
			return c.body(body, 200, {
				'content-type': EXPORT_CONTENT_TYPES[format],
				'content-disposition': `attachment; filename="${name}"`
			});
		})
		.post('/calculate', validate('json', calculateBodySchema), async (c) => {
			const { records } = c.req.valid('json');
			const catalogue = await loadDensityCatalogue(db);
			const issues = checkSurveyRecords(catalogue, records);
			if (issues.length) {
				const described = issues.map((i) => ({
					parameter: `records[${i.index}].${i.field}`,
					message: `records[${i.index}].${i.field}: ${i.message}`
				}));
				throw new BadRequestError(described.map((d) => d.message).join('; '), {
					issues: described
				});
			}
			return c.json({ pests: assessRecords(catalogue, records) });
		});
}
