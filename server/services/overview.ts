import type { OverviewResponse } from '../contract/comparison';
import { PESTS } from '../contract/records';
import type { Database } from '../db/database';
import {
	countLevels,
	countSurveyed,
	EFFECT_METHOD,
	worstUnits
} from '../domain/comparison/overview';
import { previousYear } from '../domain/periods/parse-period';
import { seasonOf } from '../domain/periods/season-of';
import { LATEST_SURVEY_MONTH_SQL } from '../queries/comparison';
import { computeDensity } from './density';
import { resolvePeriods } from './periods';
import { loadRoundEffects } from './spray-effects';

/** Worst zones listed per pest on the overview. */
export const OVERVIEW_WORST_ZONES = 5;

/** One season (default: the last surveyed) against the same season last year, per pest. */
export async function computeOverview(
	db: Database,
	seasonId: string | undefined
): Promise<OverviewResponse> {
	const [latest] = await db.query<{ m: string | null }>(LATEST_SURVEY_MONTH_SQL);
	const given = seasonId ?? (latest.m ? seasonOf(latest.m) : null);
	if (!given) return { season: null, lastYear: null, pests: [] };
	const { season } = await resolvePeriods(db, { season: given });
	const last = previousYear(season);
	const window = (p: { from: string; to: string }) => ({
		by: 'zone' as const,
		res: 9,
		from: p.from,
		to: p.to
	});
	const pests = [];
	for (const pest of PESTS) {
		const now = await computeDensity(db, { pest, ...window(season) });
		const before = await computeDensity(db, { pest, ...window(last) });
		const method = EFFECT_METHOD[pest];
		const year = season.from.slice(0, 4);
		const effects = await loadRoundEffects(db, { pest, method, preDays: 45, postDays: 45, year });
		pests.push({
			pest,
			levels: countLevels(now.units),
			lastYearLevels: countLevels(before.units),
			surveyedUnits: countSurveyed(now.units),
			lastYearSurveyedUnits: countSurveyed(before.units),
			worstZones: worstUnits(now.units, OVERVIEW_WORST_ZONES).map((u) => ({
				id: u.id,
				name: u.name,
				level: u.level
			})),
			campaigns: effects.map((e) => ({
				campaign: e.campaign,
				from: e.from,
				to: e.to,
				method,
				rpi: e.rpi,
				verdict: e.verdict,
				surveys: {
					pre: { treated: e.pre.treated.surveys, control: e.pre.control.surveys },
					post: { treated: e.post.treated.surveys, control: e.post.control.surveys }
				}
			}))
		});
	}
	return {
		season: { id: season.id, from: season.from, to: season.to },
		lastYear: { id: last.id, from: last.from, to: last.to },
		pests
	};
}
