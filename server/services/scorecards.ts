import type { Database } from '../db/database';
import { computeCompliance, repeatOffenders, type CheckFact } from '../domain/patrols/compliance';
import { computeCoverage } from '../domain/patrols/coverage';
import { plannedDays } from '../domain/patrols/coverage-period';
import { formatLocalTime } from '../domain/routing/local-time';
import {
	CASES_HANDLED_SQL,
	CHECK_DAYS_SQL,
	CHECK_FACTS_SQL,
	COMMUNITIES_SQL,
	RESPONSIBILITIES_SQL,
	UNIT_CASES_SQL,
	UNITS_SQL
} from '../queries/patrol-coverage';
import { loadCalendar } from './case-calendar';
import type {
	CommunityComplianceRow,
	PersonScorecard,
	RepeatOffenderRow,
	ScorecardReport,
	UnitScorecard
} from '../contract/scorecards';

const MS_PER_DAY = 86_400_000;
const dayOf = (n: number) => new Date(n * MS_PER_DAY).toISOString().slice(0, 10);

/** The days of a month `YYYY-MM`, and the first day after it. */
function monthDays(month: string): { days: string[]; until: string } {
	const first = Date.parse(`${month}-01T00:00:00Z`) / MS_PER_DAY;
	const [y, m] = month.split('-').map(Number);
	const next = Date.UTC(m === 12 ? y + 1 : y, m === 12 ? 0 : m, 1) / MS_PER_DAY;
	return {
		days: Array.from({ length: next - first }, (_, i) => dayOf(first + i)),
		until: dayOf(next)
	};
}

type UnitRow = Record<string, unknown> & {
	id: string;
	name: string;
	gridId: string | null;
	zoneId: string | null;
	lng: number;
	lat: number;
};

/**
 * The month's scorecards (issue 15 item 6): compliance of frontage units per community and
 * the repeat offenders (the 公示 prints these), and per responsible person and unit their
 * numbers against the pledge's targets. The whole town: office roles only read it.
 */
export async function loadScorecards(
	db: Database,
	month: string,
	now: Date
): Promise<ScorecardReport> {
	const { days, until } = monthDays(month);
	const from = days[0];
	const params = { area: null, from, until };
	const nowLocal = formatLocalTime(now).replace('T', ' ');
	const repeatAt = nowLocal < until ? nowLocal : until;
	const units = await db.query<UnitRow>(UNITS_SQL, params);
	const facts = await db.query<CheckFact & { checker: string } & Record<string, unknown>>(
		CHECK_FACTS_SQL,
		{ until }
	);
	const names = new Map(
		(await db.query<{ id: string; name: string }>(COMMUNITIES_SQL)).map((z) => [z.id, z.name])
	);
	const unitById = new Map(units.map((u) => [u.id, u]));
	const communities: CommunityComplianceRow[] = computeCompliance({
		units: units.map((u) => ({ id: u.id, communityId: u.zoneId })),
		checks: facts,
		from,
		until,
		repeatAt
	})
		.map((r) => ({
			...r,
			communityName: r.communityId ? (names.get(r.communityId) ?? r.communityId) : null
		}))
		.sort((a, b) => (a.communityName ?? '\uffff').localeCompare(b.communityName ?? '\uffff', 'zh'));
	const repeat = repeatOffenders(facts, repeatAt);
	const offenders: RepeatOffenderRow[] = repeat.flatMap((r) => {
		const u = unitById.get(r.unitId);
		if (!u) return [];
		return [
			{
				unitId: u.id,
				name: u.name,
				communityName: u.zoneId ? (names.get(u.zoneId) ?? null) : null,
				failures: r.failures,
				lng: u.lng,
				lat: u.lat
			}
		];
	});

	const today = nowLocal.slice(0, 10);
	const planned = plannedDays(days, today, await loadCalendar(db));
	const checkDays = await db.query<{ unitId: string; day: string }>(CHECK_DAYS_SQL, {
		from,
		until
	});
	const inMonth = facts.filter((f) => f.checkedAt >= from);
	const handled = new Map(
		(
			await db.query<{ username: string; handled: number; onTime: number }>(CASES_HANDLED_SQL, {
				from,
				until
			})
		).map((r) => [r.username, r])
	);
	const unitCases = new Map(
		(await db.query<{ unitId: string; cases: number }>(UNIT_CASES_SQL, { from, until })).map(
			(r) => [r.unitId, r.cases]
		)
	);
	const pledges = await db.query<{
		id: number;
		targetKind: string;
		targetId: string;
		targetName: string | null;
		person: string | null;
		username: string | null;
		unit: string | null;
		targetOnTimePct: number | null;
		targetScore: number | null;
	}>(RESPONSIBILITIES_SQL, { until });
	const repeatIds = new Set(repeat.map((r) => r.unitId));

	const people: PersonScorecard[] = pledges
		.filter((p) => p.targetKind !== 'frontage' && (p.person || p.username))
		.map((p) => {
			const mine = units.filter(
				(u) => p.targetKind === 'zone' && (u.gridId === p.targetId || u.zoneId === p.targetId)
			);
			const coverage = computeCoverage({
				grids: [{ id: 'x', name: '' }],
				units: mine.map((u) => ({ id: u.id, gridId: 'x' })),
				segments: [],
				tracks: [],
				checks: checkDays,
				plannedDays: planned
			}).grids[0];
			const h = p.username ? handled.get(p.username) : undefined;
			return {
				responsibilityId: Number(p.id),
				person: p.person ?? p.username ?? '',
				username: p.username,
				targetKind: p.targetKind,
				targetName: p.targetName ?? p.targetId,
				casesHandled: h?.handled ?? 0,
				casesOnTime: h?.onTime ?? 0,
				onTimePct: h && h.handled ? (100 * h.onTime) / h.handled : null,
				targetOnTimePct: p.targetOnTimePct,
				checksDone: p.username ? inMonth.filter((f) => f.checker === p.username).length : 0,
				units: mine.length,
				coveragePct: coverage.doneShare === null ? null : 100 * coverage.doneShare,
				repeatOffenders: mine.filter((u) => repeatIds.has(u.id)).length,
				targetScore: p.targetScore
			};
		});
	const unitCards: UnitScorecard[] = pledges
		.filter((p) => p.targetKind === 'frontage' && unitById.has(p.targetId))
		.map((p) => {
			const checks = inMonth.filter((f) => f.unitId === p.targetId);
			const passed = checks.filter((f) => f.result === 'pass').length;
			const failedRecent = repeat.find((r) => r.unitId === p.targetId)?.failures ?? 0;
			return {
				unitId: p.targetId,
				name: unitById.get(p.targetId)!.name,
				responsible: p.unit ?? p.person,
				checks: checks.length,
				passed,
				passPct: checks.length ? (100 * passed) / checks.length : null,
				cases: unitCases.get(p.targetId) ?? 0,
				repeatOffender: failedRecent > 0,
				targetScore: p.targetScore
			};
		});
	return {
		month,
		from,
		to: days[days.length - 1],
		communities,
		offenders,
		people,
		units: unitCards
	};
}
