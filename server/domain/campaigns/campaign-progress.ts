import type {
	CampaignPhase,
	CampaignProgress,
	CampaignTarget,
	ProgressRow
} from '../../contract/campaign-plan-results';

import { SERVICE_MIN_BY_TARGET } from '../routing/target-service';

/** Minutes at a target of a kind the planner has no default for (a facility, a standing target). */
const DEFAULT_SERVICE_MIN = 10;

/** A target as stored, before its treatment is known. */
export type StoredTarget = Omit<CampaignTarget, 'treatedOn' | 'treatedBy' | 'serviceMin'>;

/** A route stop marked done: the stop id (the target id) and the day of the visit. */
export interface DoneVisit {
	stopId: string;
	day: string;
}

/** A spray event logged against this campaign: its day and the target ids it names. */
export interface CampaignSpray {
	day: string;
	targetIds: readonly string[];
}

/**
 * Whether each target is treated (issue 17 part 6). A target counts as treated when
 * - a route stop with its id was marked done on a day inside its phase's dates (or the
 *   campaign's, for a target in no phase): the first such day, or else
 * - a spray event logged against this campaign names it (the campaign tag is the proof; the
 *   earliest such event's day).
 * A visit outside the window (last year's round, a stop done a week after the phase) does not
 * count: the campaign asked for the treatment in its window.
 */
export function markTreated(
	window: { from: string; to: string },
	phases: readonly CampaignPhase[],
	targets: readonly StoredTarget[],
	visits: readonly DoneVisit[],
	sprays: readonly CampaignSpray[]
): CampaignTarget[] {
	const phaseById = new Map(phases.map((p) => [p.id, p]));
	const visitsById = new Map<string, string[]>();
	for (const v of visits) visitsById.set(v.stopId, [...(visitsById.get(v.stopId) ?? []), v.day]);
	const sprayDay = new Map<string, string>();
	for (const s of sprays)
		for (const id of s.targetIds) {
			const seen = sprayDay.get(id);
			if (!seen || s.day < seen) sprayDay.set(id, s.day);
		}
	return targets.map((t): CampaignTarget => {
		const serviceMin =
			(SERVICE_MIN_BY_TARGET as Record<string, number>)[t.kind] ?? DEFAULT_SERVICE_MIN;
		const w = (t.phaseId && phaseById.get(t.phaseId)) || window;
		const inside = (visitsById.get(t.id) ?? []).filter((d) => d >= w.from && d <= w.to).sort();
		if (inside.length) return { ...t, serviceMin, treatedOn: inside[0], treatedBy: 'stop' };
		const sprayed = sprayDay.get(t.id);
		if (sprayed) return { ...t, serviceMin, treatedOn: sprayed, treatedBy: 'spray' };
		return { ...t, serviceMin, treatedOn: null, treatedBy: null };
	});
}

function groupRows(
	targets: readonly CampaignTarget[],
	keyOf: (t: CampaignTarget) => string | null,
	names: ReadonlyMap<string, string>,
	order: readonly string[]
): ProgressRow[] {
	const rows = new Map<string | null, ProgressRow>();
	for (const key of order)
		rows.set(key, { key, name: names.get(key) ?? key, targets: 0, treated: 0 });
	for (const t of targets) {
		const key = keyOf(t);
		const row = rows.get(key) ?? {
			key,
			name: key === null ? null : (names.get(key) ?? key),
			targets: 0,
			treated: 0
		};
		row.targets++;
		if (t.treatedOn) row.treated++;
		rows.set(key, row);
	}
	const listed = [...rows.values()].filter((r) => r.targets > 0 || order.includes(r.key as string));
	// Groups in their given order (phases by date), then the rest by id, "none" last.
	const rank = (r: ProgressRow) =>
		r.key === null ? Infinity : order.indexOf(r.key) >= 0 ? order.indexOf(r.key) : order.length;
	return listed.sort((a, b) => rank(a) - rank(b) || String(a.key).localeCompare(String(b.key)));
}

/** Share of targets treated overall, by phase, by team and by community. */
export function campaignProgress(
	targets: readonly CampaignTarget[],
	phases: readonly CampaignPhase[],
	teamNames: ReadonlyMap<string, string>,
	communityNames: ReadonlyMap<string, string>
): CampaignProgress {
	return {
		overall: { targets: targets.length, treated: targets.filter((t) => t.treatedOn).length },
		byPhase: groupRows(
			targets,
			(t) => t.phaseId,
			new Map(phases.map((p) => [p.id, p.name])),
			phases.map((p) => p.id)
		),
		byTeam: groupRows(targets, (t) => t.teamId, teamNames, []),
		byCommunity: groupRows(targets, (t) => t.zoneId, communityNames, [])
	};
}

/** Phases must lie inside the campaign's dates; the ones that do not, by name. */
export function phasesOutside(
	window: { from: string; to: string },
	phases: readonly { name: string; from: string; to: string }[]
): string[] {
	return phases.filter((p) => p.from < window.from || p.to > window.to).map((p) => p.name);
}
