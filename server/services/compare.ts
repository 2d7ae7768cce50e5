import type { CompareResponse } from '../contract/comparison';
import type { Pest } from '../contract/records';
import type { Database } from '../db/database';
import { compareUnits } from '../domain/comparison/compare-units';
import { editionChanges } from '../domain/density/editions';
import { computeDensity, loadDensityCatalogue } from './density';
import { assertMethodOfPest } from './method-of-pest';
import { resolvePeriods } from './periods';

/** Period A against period B per zone or grid; each side is exactly /api/density for its dates. */
export async function compare(
	db: Database,
	q: { pest: Pest; method: string; a: string; b: string; by: 'zone' | 'grid' }
): Promise<CompareResponse> {
	await assertMethodOfPest(db, q.pest, q.method);
	const { a, b } = await resolvePeriods(db, { a: q.a, b: q.b });
	const da = await computeDensity(db, { pest: q.pest, by: q.by, res: 9, from: a.from, to: a.to });
	const dbb = await computeDensity(db, { pest: q.pest, by: q.by, res: 9, from: b.from, to: b.to });
	return {
		pest: q.pest,
		method: q.method,
		a: { id: a.id, from: a.from, to: a.to },
		b: { id: b.id, from: b.from, to: b.to },
		units: compareUnits(da.units, dbb.units, q.method),
		editionChanges: editionChanges(
			(await loadDensityCatalogue(db)).editions ?? [],
			q.pest,
			a.from < b.from ? a.from : b.from,
			a.to > b.to ? a.to : b.to
		)
	};
}
