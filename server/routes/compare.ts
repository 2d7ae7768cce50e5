import { Hono } from 'hono';
import {
	compareExportQuerySchema,
	compareQuerySchema,
	type CompareResponse
} from '../contract/comparison';
import type { Pest } from '../contract/records';
import type { Database } from '../db/database';
import { compareUnits } from '../domain/comparison/compare-units';
import { compareExportColumns } from '../format/compare-export';
import { EXPORT_CONTENT_TYPES, formatCsv, formatXlsx } from '../format/table-export';
import { EXPORT_LABELS } from '../i18n/export-labels';
import { computeDensity } from './density-data';
import { assertMethodOfPest } from './method-of-pest';
import { resolvePeriods } from './period-params';
import { validate } from './validation';

async function compare(
	db: Database,
	q: { pest: Pest; method: string; a: string; b: string; by: 'zone' | 'grid' }
): Promise<CompareResponse> {
	await assertMethodOfPest(db, q.pest, q.method);
	const { a, b } = await resolvePeriods(db, { a: q.a, b: q.b });
	// Each side is exactly /api/density for its date range.
	const da = await computeDensity(db, { pest: q.pest, by: q.by, res: 9, from: a.from, to: a.to });
	const dbb = await computeDensity(db, { pest: q.pest, by: q.by, res: 9, from: b.from, to: b.to });
	return {
		pest: q.pest,
		method: q.method,
		a: { id: a.id, from: a.from, to: a.to },
		b: { id: b.id, from: b.from, to: b.to },
		units: compareUnits(da.units, dbb.units, q.method)
	};
}

/** `GET /api/compare`: period A against period B per zone or grid, and as a file. */
export function createCompareRoutes(db: Database) {
	return new Hono()
		.get('/', validate('query', compareQuerySchema), async (c) =>
			c.json(await compare(db, c.req.valid('query')))
		)
		.get('/export', validate('query', compareExportQuerySchema), async (c) => {
			const { format, lang, ...q } = c.req.valid('query');
			const result = await compare(db, q);
			const labels = EXPORT_LABELS[lang];
			const columns = compareExportColumns(result.a.id, result.b.id, labels);
			const body =
				format === 'csv'
					? formatCsv(columns, result.units)
					: await formatXlsx(columns, result.units, labels.compareSheet);
			const name = `sanimap-compare-${q.pest}-${result.a.id}-vs-${result.b.id}.${format}`.replace(
				/[^\w.-]/g,
				'_'
			);
			return c.body(body, 200, {
				'content-type': EXPORT_CONTENT_TYPES[format],
				'content-disposition': `attachment; filename="${name}"`
			});
		});
}
