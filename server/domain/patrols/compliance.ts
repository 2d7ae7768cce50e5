import { REPEAT_OFFENCES, REPEAT_WINDOW_DAYS } from '../../contract/frontage';

export interface CheckFact {
	unitId: string;
	/** Local time, `YYYY-MM-DD HH:MM:SS` (or ISO with T), as stored. */
	checkedAt: string;
	result: 'pass' | 'fail';
}

export interface ComplianceInput {
	units: readonly { id: string; communityId: string | null }[];
	/** Every check up to `until` (earlier ones decide the last result of a unit). */
	checks: readonly CheckFact[];
	/** The month: checks with from ≤ checkedAt < until count. */
	from: string;
	until: string;
	/** When repeat offences are judged (the month's end, or now in a month in progress). */
	repeatAt?: string;
}

export interface CommunityCompliance {
	communityId: string | null;
	units: number;
	checks: number;
	checksPassed: number;
	/** checksPassed / checks of the month; null without checks. */
	checkPassShare: number | null;
	/** Units with at least one check before `until`. */
	unitsChecked: number;
	/** Of those, units whose last check before `until` passed. */
	unitsLastPassed: number;
	lastPassShare: number | null;
	repeatOffenders: number;
}

const MS_PER_DAY = 86_400_000;
const toMs = (t: string) => Date.parse(`${t.replace(' ', 'T').slice(0, 19)}Z`);

/**
 * Units with ≥ REPEAT_OFFENCES failed checks in the REPEAT_WINDOW_DAYS days before `until`
 * (until − 30 days ≤ checkedAt < until), with their count, most failures first.
 */
export function repeatOffenders(
	checks: readonly CheckFact[],
	until: string
): { unitId: string; failures: number }[] {
	const end = toMs(until);
	const start = end - REPEAT_WINDOW_DAYS * MS_PER_DAY;
	const failures = new Map<string, number>();
	for (const c of checks) {
		const t = toMs(c.checkedAt);
		if (c.result === 'fail' && t >= start && t < end)
			failures.set(c.unitId, (failures.get(c.unitId) ?? 0) + 1);
	}
	return [...failures]
		.filter(([, n]) => n >= REPEAT_OFFENCES)
		.map(([unitId, n]) => ({ unitId, failures: n }))
		.sort((a, b) => b.failures - a.failures || a.unitId.localeCompare(b.unitId));
}

/**
 * Compliance of frontage units per community for a month (issue 15 item 6), two ways:
 * the share of the month's checks that passed, and the share of checked units whose last
 * check (before the month's end) passed. Repeat offenders are judged at `repeatAt`.
 */
export function computeCompliance(input: ComplianceInput): CommunityCompliance[] {
	const from = toMs(input.from);
	const until = toMs(input.until);
	const repeat = new Set(
		repeatOffenders(input.checks, input.repeatAt ?? input.until).map((r) => r.unitId)
	);
	const last = new Map<string, { t: number; result: string }>();
	const month = new Map<string, { checks: number; passed: number }>();
	for (const c of input.checks) {
		const t = toMs(c.checkedAt);
		if (t >= until) continue;
		const prev = last.get(c.unitId);
		if (!prev || t >= prev.t) last.set(c.unitId, { t, result: c.result });
		if (t < from) continue;
		const m = month.get(c.unitId) ?? { checks: 0, passed: 0 };
		m.checks++;
		if (c.result === 'pass') m.passed++;
		month.set(c.unitId, m);
	}
	const byCommunity = new Map<string | null, CommunityCompliance>();
	for (const u of input.units) {
		let row = byCommunity.get(u.communityId);
		if (!row) {
			row = {
				communityId: u.communityId,
				units: 0,
				checks: 0,
				checksPassed: 0,
				checkPassShare: null,
				unitsChecked: 0,
				unitsLastPassed: 0,
				lastPassShare: null,
				repeatOffenders: 0
			};
			byCommunity.set(u.communityId, row);
		}
		row.units++;
		const m = month.get(u.id);
		if (m) {
			row.checks += m.checks;
			row.checksPassed += m.passed;
		}
		const l = last.get(u.id);
		if (l) {
			row.unitsChecked++;
			if (l.result === 'pass') row.unitsLastPassed++;
		}
		if (repeat.has(u.id)) row.repeatOffenders++;
	}
	return [...byCommunity.values()].map((r) => ({
		...r,
		checkPassShare: r.checks ? r.checksPassed / r.checks : null,
		lastPassShare: r.unitsChecked ? r.unitsLastPassed / r.unitsChecked : null
	}));
}
