import type {
	CalculateBody,
	DensityQuery,
	DensityResponse,
	DensitySeriesQuery,
	DensitySeriesResponse
} from '../contract/density';
import type { Database } from '../db/database';
import { assessRecords, assessUnits, type UnitSums } from '../domain/density/assess-units';
import { nameCellsByZone } from '../domain/density/cell-names';
import { checkSurveyRecords } from '../domain/density/check-records';
import { BadRequestError, NotFoundError } from '../errors';
import {
	ACTIVE_THRESHOLDS_SQL,
	SAMPLE_MINIMUMS_SQL,
	STANDARD_EDITIONS_SQL,
	SURVEY_METHODS_SQL,
	toDatedDensityCatalogue
} from '../queries/catalogues';
import { editionChanges, editionSegments } from '../domain/density/editions';
import {
	buildDensitySeriesQuery,
	buildDensitySumsQuery,
	buildDensityUnitsQuery,
	buildH3ZoneNamesQuery,
	SURVEY_DATE_RANGE_SQL
} from '../queries/density';
import { buildZoneByIdQuery } from '../queries/zones';
import { quoteValue } from '../contract/quote';

interface ZoneRow {
	id: string;
	name: string;
	kind: string;
}

/** The method catalogue, the active thresholds, editions and sample minimums, read fresh so
 * edits apply at once. */
export async function loadDensityCatalogue(db: Database) {
	return toDatedDensityCatalogue(
		await db.query(SURVEY_METHODS_SQL),
		await db.query(ACTIVE_THRESHOLDS_SQL),
		await db.query(STANDARD_EDITIONS_SQL),
		await db.query(SAMPLE_MINIMUMS_SQL)
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
	const catalogue = await loadDensityCatalogue(db);
	const editions = catalogue.editions ?? [];
	// Issue 17: no surveys and no window leave one segment with no dates; nothing is graded then.
	const segments = editionSegments(editions, q.pest, from ?? '0000-01-01', to ?? '9999-12-31');
	const sums = buildDensitySumsQuery({
		...q,
		from: from ?? undefined,
		to: to ?? undefined,
		cuts: segments.slice(1).map((s) => s.from)
	});
	const unitsQuery = buildDensityUnitsQuery(q.by);
	let names: Map<string, string> | null = null;
	if (unitsQuery) {
		const rows = await db.query<{ id: string; name: string }>(unitsQuery.sql, unitsQuery.params);
		names = new Map(rows.map((r) => [r.id, r.name]));
	} else {
		const cells = buildH3ZoneNamesQuery({ ...q, from: from ?? undefined, to: to ?? undefined });
		names = nameCellsByZone(
			await db.query<{ id: string; zoneName: string | null }>(cells.sql, cells.params)
		);
	}
	const rows = await db.query<UnitSums & Record<string, unknown>>(sums.sql, sums.params);
	const units = assessUnits(catalogue, q.pest, rows, names, { segments, scope: 'unit' });
	const changes = from && to ? editionChanges(editions, q.pest, from, to) : [];
	return { pest: q.pest, from, to, units, editionChanges: changes };
}

/** A zone or grid by id, or 404. */
export async function loadZone(db: Database, id: string): Promise<ZoneRow> {
	const { sql, params } = buildZoneByIdQuery(id);
	const [zone] = await db.query<ZoneRow & Record<string, unknown>>(sql, params);
	if (!zone) throw new NotFoundError(`no zone or grid ${quoteValue(id)}`);
	return zone;
}

/** Levels of one community, village or grid month by month (the zone panel's chart). */
export async function computeDensitySeries(
	db: Database,
	q: DensitySeriesQuery
): Promise<DensitySeriesResponse> {
	const unit = await loadZone(db, q.unit);
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
	if (!from || !to) return body;
	const catalogue = await loadDensityCatalogue(db);
	const segments = editionSegments(catalogue.editions ?? [], q.pest, from, to);
	const series = buildDensitySeriesQuery({
		pest: q.pest,
		unitColumn: column,
		unit: q.unit,
		from,
		to,
		cuts: segments.slice(1).map((s) => s.from)
	});
	const rows = await db.query<UnitSums & Record<string, unknown>>(series.sql, series.params);
	// Each month graded by the edition of its dates; a month is a trend point, not held to a minimum.
	const months = assessUnits(catalogue, q.pest, rows, null, { segments, scope: 'none' });
	body.months = months.map((m) => ({ month: m.id, level: m.level, indicators: m.indicators }));
	return body;
}

/** Grades posted survey records without storing them; a bad record is a 400 naming it. */
export async function calculateDensity(db: Database, records: CalculateBody['records']) {
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
	return { pests: assessRecords(catalogue, records) };
}
