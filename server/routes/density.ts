import { Hono } from 'hono';
import { calculateBodySchema, densityQuerySchema, type DensityResponse } from '../contract/density';
import type { Database } from '../db/database';
import { assessRecords, assessUnits, type UnitSums } from '../domain/density/assess-units';
import { checkSurveyRecords } from '../domain/density/check-records';
import { BadRequestError } from '../errors';
import {
	ACTIVE_THRESHOLDS_SQL,
	SURVEY_METHODS_SQL,
	toDensityCatalogue
} from '../queries/catalogues';
import {
	buildDensitySumsQuery,
	buildDensityUnitsQuery,
	SURVEY_DATE_RANGE_SQL
} from '../queries/density';
import { validate } from './validation';

async function loadDensityCatalogue(db: Database) {
	return toDensityCatalogue(
		await db.query(SURVEY_METHODS_SQL),
		await db.query(ACTIVE_THRESHOLDS_SQL)
	);
}

/** `GET /api/density` per zone, grid or H3 cell; `POST /api/density/calculate` for a sheet. */
export function createDensityRoutes(db: Database) {
	return new Hono()
		.get('/', validate('query', densityQuerySchema), async (c) => {
			const q = c.req.valid('query');
			const [range] = await db.query<{ from: string | null; to: string | null }>(
				SURVEY_DATE_RANGE_SQL,
				{ pest: q.pest }
			);
			const from = q.from ?? range.from;
			const to = q.to ?? range.to;
			const sums = buildDensitySumsQuery({ ...q, from: from ?? undefined, to: to ?? undefined });
			const unitsQuery = buildDensityUnitsQuery(q.by);
			const names = unitsQuery
				? new Map(
						(await db.query<{ id: string; name: string }>(unitsQuery.sql, unitsQuery.params)).map(
							(r) => [r.id, r.name]
						)
					)
				: null;
			const rows = await db.query<UnitSums & Record<string, unknown>>(sums.sql, sums.params);
			const units = assessUnits(await loadDensityCatalogue(db), q.pest, rows, names);
			return c.json({ pest: q.pest, from, to, units } satisfies DensityResponse);
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
