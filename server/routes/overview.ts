import { Hono } from 'hono';
import {
	overviewQuerySchema,
	type OverviewPest,
	type OverviewResponse
} from '../contract/comparison';
import { PESTS } from '../contract/records';
import type { Database } from '../db/database';
import { countLevels, EFFECT_METHOD, worstUnits } from '../domain/comparison/overview';
import { previousYear } from '../domain/periods/parse-period';
import { computeDensity } from './density-data';
import { resolvePeriods } from './period-params';
import { loadRoundEffects } from './spray-effects';
import { validate } from './validation';

/** Worst zones listed per pest on the overview. */
export const OVERVIEW_WORST_ZONES = 5;

const LATEST_MONTH_SQL = `SELECT strftime(max(surveyed_at), '%Y-%m') AS m FROM surveys`;

/** The season containing a month `YYYY-MM` (January and February belong to the winter
 * that began the December before). */
export function seasonOf(month: string): string {
	const y = Number(month.slice(0, 4));
	const m = Number(month.slice(5, 7));
	if (m <= 2) return `${y - 1}-winter`;
	return `${y}-${['spring', 'summer', 'autumn', 'winter'][Math.floor((m - 3) / 3)]}`;
}

/** `GET /api/overview`: one season against the same season last year, for leaders. */
export function createOverviewRoutes(db: Database) {
	return new Hono().get('/', validate('query', overviewQuerySchema), async (c) => {
		const q = c.req.valid('query');
		const [latest] = await db.query<{ m: string | null }>(LATEST_MONTH_SQL);
		const given = q.season ?? (latest.m ? seasonOf(latest.m) : null);
		if (!given)
			return c.json({ season: null, lastYear: null, pests: [] } satisfies OverviewResponse);
		const { season } = await resolvePeriods(db, { season: given });
		const last = previousYear(season);
		const window = (p: { from: string; to: string }) => ({
			by: 'zone' as const,
			res: 9,
			from: p.from,
			to: p.to
		});
		const pests: OverviewPest[] = [];
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
					verdict: e.verdict
				}))
			});
		}
		return c.json({
			season: { id: season.id, from: season.from, to: season.to },
			lastYear: { id: last.id, from: last.from, to: last.to },
			pests
		} satisfies OverviewResponse);
	});
}
