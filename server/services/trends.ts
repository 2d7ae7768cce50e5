import type { SeriesResponse } from '../contract/comparison';
import type { SeriesQuery } from '../contract/comparison';
import type { Database } from '../db/database';
import { computeAnomalies, peakMonth, type MonthValue } from '../domain/comparison/baseline';
import { assessUnits, type UnitSums } from '../domain/density/assess-units';
import { buildMonthlySumsQuery, SURVEY_YEARS_SQL } from '../queries/comparison';
import { loadDensityCatalogue, loadZone } from './density';
import { assertMethodOfPest } from './method-of-pest';

/** Months by year for one method (town-wide or one zone/grid), with baseline anomalies. */
export async function computeSeries(db: Database, q: SeriesQuery): Promise<SeriesResponse> {
	await assertMethodOfPest(db, q.pest, q.method);
	const years =
		q.years ?? (await db.query<{ y: number }>(SURVEY_YEARS_SQL, { pest: q.pest })).map((r) => r.y);
	let unit: { column: 'zone_id' | 'grid_id'; id: string } | undefined;
	if (q.unit) {
		const zone = await loadZone(db, q.unit);
		unit = { column: zone.kind === 'grid' ? 'grid_id' : 'zone_id', id: q.unit };
	}
	const { sql, params } = buildMonthlySumsQuery({ pest: q.pest, method: q.method, years, unit });
	const rows = await db.query<UnitSums & Record<string, unknown>>(sql, params);
	const catalogue = await loadDensityCatalogue(db);
	const months = assessUnits(catalogue, q.pest, rows, null).map((m) => ({
		year: Number(m.id.slice(0, 4)),
		month: Number(m.id.slice(5, 7)),
		value: m.indicators[0]?.value ?? null,
		level: m.indicators[0]?.level ?? null
	}));
	const values: MonthValue[] = months;
	const limits = catalogue.thresholds
		.filter((t) => t.method === q.method && t.indicator === 'value')
		.map((t) => ({ level: t.level, limit: t.limit }));
	return {
		pest: q.pest,
		method: q.method,
		unit: q.unit ?? null,
		years: years.map((year) => ({ year, peakMonth: peakMonth(values, year) })),
		months: computeAnomalies(values).map((a, i) => ({ ...a, level: months[i].level })),
		limits
	};
}
