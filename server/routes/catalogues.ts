import { Hono } from 'hono';
import { patchSurveyMethodSchema, putThresholdsSchema } from '../contract/catalogues';
import type { Database } from '../db/database';
import { checkThresholdTable } from '../domain/density/check-thresholds';
import { AppError, NotFoundError } from '../errors';
import { THRESHOLDS_SQL, toControlThreshold } from '../queries/catalogues';
import { assertKnownCodes } from './known-codes';
import { validate } from './validation';

const UPSERT_THRESHOLD_SQL = `INSERT INTO control_thresholds
	VALUES ($standard, $method, $indicator, $level, $limit, $comparison, $active)
	ON CONFLICT (standard, method, indicator, level) DO UPDATE SET
		limit_value = excluded.limit_value, comparison = excluded.comparison, active = excluded.active`;

/** Editing the catalogues: thresholds by edition, and method labels. Each write is one transaction. */
export function createCatalogueRoutes(db: Database) {
	return new Hono()
		.get('/thresholds', async (c) => {
			return c.json({ rows: (await db.query(THRESHOLDS_SQL)).map(toControlThreshold) });
		})
		.put('/thresholds', validate('json', putThresholdsSchema), async (c) => {
			const { rows } = c.req.valid('json');
			await assertKnownCodes(db, 'survey_methods', 'method', [
				...new Set(rows.map((r) => r.method))
			]);
			const table = await db.transaction(async (tx) => {
				for (const r of rows) await tx.run(UPSERT_THRESHOLD_SQL, { ...r });
				const after = (await tx.query(THRESHOLDS_SQL)).map(toControlThreshold);
				const problems = checkThresholdTable(after);
				// Throwing rolls the whole edit back: the table is never left half-changed.
				if (problems.length)
					throw new AppError(422, 'invalid_thresholds', problems.join('; '), { problems });
				return after;
			});
			return c.json({ rows: table });
		})
		.patch('/survey-methods/:code', validate('json', patchSurveyMethodSchema), async (c) => {
			const code = c.req.param('code');
			const patch = c.req.valid('json');
			const [row] = await db.query<{ n: number }>(
				'SELECT count(*) AS n FROM survey_methods WHERE code = $code',
				{ code }
			);
			if (!row.n) throw new NotFoundError(`no survey method "${code}"`);
			await db.transaction(async (tx) => {
				await tx.run(
					`UPDATE survey_methods SET name_zh = coalesce($nameZh, name_zh), name_en = coalesce($nameEn, name_en),
						unit_zh = coalesce($unitZh, unit_zh), unit_en = coalesce($unitEn, unit_en) WHERE code = $code`,
					{
						code,
						nameZh: patch.nameZh ?? null,
						nameEn: patch.nameEn ?? null,
						unitZh: patch.unitZh ?? null,
						unitEn: patch.unitEn ?? null
					}
				);
			});
			return c.json({ ok: true });
		});
}
