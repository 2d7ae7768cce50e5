import type { DensityQuery, DensityResponse } from '../contract/density';
import type { Database } from '../db/database';
import { assessUnits, type UnitSums } from '../domain/density/assess-units';
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

/** The method catalogue and the thresholds in force, read fresh so edits apply at once. */
export async function loadDensityCatalogue(db: Database) {
	return toDensityCatalogue(
		await db.query(SURVEY_METHODS_SQL),
		await db.query(ACTIVE_THRESHOLDS_SQL)
	);
}

/** Levels per unit for one pest; without from/to, the pest's whole survey range. */
export async function computeDensity(db: Database, q: DensityQuery): Promise<DensityResponse> {
	const [range] = await db.query<{ from: string | null; to: string | null }>(
		SURVEY_DATE_RANGE_SQL,
		{
			pest: q.pest
		}
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
	return { pest: q.pest, from, to, units };
}
