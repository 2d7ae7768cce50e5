import type { SprayingResponse } from '../contract/comparison';
import type { SprayingQuery } from '../contract/comparison';
import type { Pest } from '../contract/records';
import type { Database } from '../db/database';
import {
	assessRounds,
	type RoundEffect,
	type SprayRound
} from '../domain/comparison/assess-rounds';
import { MAX_WINDOW_DAYS } from '../contract/comparison';
import {
	AREA_ZONES_SQL,
	FIRST_SURVEY_AFTER_SQL,
	FIRST_SURVEY_OF_YEAR_SQL,
	LAST_SURVEY_BEFORE_SQL,
	SPRAY_ROUNDS_SQL,
	WINDOW_SUMS_SQL
} from '../queries/comparison';
import { loadDensityCatalogue } from './density';
import { assertMethodOfPest } from './method-of-pest';

type RawSums = {
	count: number | null;
	effort: number | null;
	count2: number | null;
	surveys: number | null;
};
type Day = { d: string | null } & Record<string, unknown>;

/** Before/after effect of every spray round against a pest, judged by one method. */
export async function loadRoundEffects(
	db: Database,
	options: { pest: Pest; method: string; preDays: number; postDays: number; year?: string }
): Promise<RoundEffect[]> {
	const { pest, method, year } = options;
	const rounds = (
		await db.query<SprayRound & Record<string, unknown>>(SPRAY_ROUNDS_SQL, { pest })
	).filter((r) => !year || r.from.startsWith(year));
	const zones = (await db.query<{ id: string }>(AREA_ZONES_SQL)).map((z) => z.id);
	return assessRounds({
		rounds,
		zones,
		catalogue: await loadDensityCatalogue(db),
		method,
		preDays: options.preDays,
		postDays: options.postDays,
		maxDays: MAX_WINDOW_DAYS,
		firstSurvey: async (y) =>
			(await db.query<Day>(FIRST_SURVEY_OF_YEAR_SQL, { pest, method, year: Number(y) }))[0].d,
		nearest: async (zones, day, side) =>
			(
				await db.query<Day>(side === 'before' ? LAST_SURVEY_BEFORE_SQL : FIRST_SURVEY_AFTER_SQL, {
					pest,
					method,
					zones,
					day
				})
			)[0].d,
		sums: async (ids, from, to) =>
			(
				await db.query<RawSums & Record<string, unknown>>(WINDOW_SUMS_SQL, {
					pest,
					method,
					zones: ids,
					from,
					to
				})
			)[0]
	});
}

/** `/api/spraying/effect`: every round's effect against one pest, judged by one of its methods. */
export async function computeSprayingEffect(
	db: Database,
	q: SprayingQuery
): Promise<SprayingResponse> {
	await assertMethodOfPest(db, q.pest, q.method);
	return {
		pest: q.pest,
		method: q.method,
		preDays: q.preDays,
		postDays: q.postDays,
		rounds: await loadRoundEffects(db, q)
	};
}
