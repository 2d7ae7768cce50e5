import type { TownGradeQuery, TownGradeResponse } from '../contract/density';
import { PESTS } from '../contract/records';
import type { Database } from '../db/database';
import { assessDatedSums, type UnitSums } from '../domain/density/assess-units';
import { editionChanges, editionSegments } from '../domain/density/editions';
import { buildTownSumsQuery, SURVEYS_LAST_DAY_SQL } from '../queries/density';
import { loadDensityCatalogue } from './density';

/**
 * Issue 17: the whole town's grade per pest and method over a period, as the standards grade a
 * town: sum(count)/sum(effort) over every record of the period, held against the town sample
 * minimum and graded by the edition of each record's date. Without from/to: the calendar year
 * of the last survey, up to that survey (the latest season).
 */
export async function computeTownGrade(
	db: Database,
	q: TownGradeQuery
): Promise<TownGradeResponse> {
	let { from, to } = q;
	if (!from || !to) {
		const [range] = await db.query<{ to: string | null }>(SURVEYS_LAST_DAY_SQL);
		to = to ?? range.to ?? undefined;
		from = from ?? (to ? `${to.slice(0, 4)}-01-01` : undefined);
	}
	if (!from || !to) return { from: null, to: null, pests: [], editionChanges: [] };
	const catalogue = await loadDensityCatalogue(db);
	const editions = catalogue.editions ?? [];
	const body: TownGradeResponse = { from, to, pests: [], editionChanges: [] };
	for (const pest of q.pest ? [q.pest] : PESTS) {
		const segments = editionSegments(editions, pest, from, to);
		const query = buildTownSumsQuery({
			pest,
			from,
			to,
			cuts: segments.slice(1).map((s) => s.from)
		});
		const rows = await db.query<UnitSums & Record<string, unknown>>(query.sql, query.params);
		body.editionChanges.push(...editionChanges(editions, pest, from, to));
		if (!rows.length) continue;
		const graded = assessDatedSums(catalogue, pest, rows, segments, 'town');
		body.pests.push({ pest, level: graded.level, indicators: graded.indicators });
	}
	return body;
}
