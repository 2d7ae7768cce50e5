/**
 * The demo town's campaigns as plans (issue 17 parts 6 and 7). Pure: the writer
 * (server/ingest/demo-pest-campaigns.ts) reads the places from the loaded town and stores this.
 *
 * - 2025 春季除四害 (derived from the spray events, 3/25–4/22) gets its rounds as phases —
 *   统一消杀 3/25–3/27 at the breeding sites, 灭鼠投药 4/8–4/10 at markets and half the
 *   restaurants, 灭蟑 4/20–4/22 at the other restaurants — each community's targets with the
 *   team that sprays it (community order, three teams, one day each as spray-schedule.ts).
 *   All but one target were done on their team's day: the campaign is finished, ~100 %.
 * - 2025 夏季除害 (6/16–8/15, new) against mosquitoes and flies, by two teams: 清理孳生地 at
 *   ponds and ditches, 统一消杀 at garbage stations and markets, 巩固复查 at public toilets.
 *   The first phase was done almost everywhere, the second about two thirds, the third barely
 *   begun: ~60 % in all, and the rest is what "plan routes for the remaining" offers.
 */
import type { Pest } from '../../contract/records';
import type { Rng } from '../../domain/random/seeded-random';

export interface PlaceRow {
	id: string;
	kind: string;
	label: string;
	lng: number;
	lat: number;
	zoneId: string | null;
}

export interface DemoPhase {
	id: string;
	name: string;
	from: string;
	to: string;
	/** Place kinds this phase treats; `restaurantHalf` splits the restaurants between phases. */
	kinds: readonly string[];
	restaurantHalf?: 0 | 1;
	/** Share of targets done in the phase (the rest left for later). */
	doneShare: number;
}

export interface DemoCampaignPlan {
	/** Existing campaign looked up by name, or a new one with these dates. */
	name: string;
	create?: { id: string; from: string; to: string };
	pests: Pest[];
	teams: readonly string[];
	phases: DemoPhase[];
}

export const DEMO_TEAMS = [
	{ id: 'team-1', name: '消杀一队' },
	{ id: 'team-2', name: '消杀二队' },
	{ id: 'team-3', name: '消杀三队' }
] as const;

export const DEMO_CAMPAIGN_PLANS: readonly DemoCampaignPlan[] = [
	{
		name: '2025 春季除四害',
		pests: ['mosquito', 'fly', 'rat', 'cockroach'],
		teams: ['team-1', 'team-2', 'team-3'],
		phases: [
			{
				id: 'p1',
				name: '统一消杀',
				from: '2025-03-25',
				to: '2025-03-27',
				kinds: ['water_body', 'toilet', 'garbage_station'],
				doneShare: 1
			},
			{
				id: 'p2',
				name: '灭鼠投药',
				from: '2025-04-08',
				to: '2025-04-10',
				kinds: ['market', 'restaurant'],
				restaurantHalf: 0,
				doneShare: 1
			},
			{
				id: 'p3',
				name: '灭蟑',
				from: '2025-04-20',
				to: '2025-04-22',
				kinds: ['restaurant'],
				restaurantHalf: 1,
				doneShare: 0.98
			}
		]
	},
	{
		name: '2025 夏季除害',
		create: { id: '2025-3', from: '2025-06-16', to: '2025-08-15' },
		pests: ['mosquito', 'fly'],
		teams: ['team-1', 'team-2'],
		phases: [
			{
				id: 'p1',
				name: '清理孳生地',
				from: '2025-06-16',
				to: '2025-06-30',
				kinds: ['water_body'],
				doneShare: 0.95
			},
			{
				id: 'p2',
				name: '统一消杀',
				from: '2025-07-01',
				to: '2025-07-15',
				kinds: ['garbage_station', 'market'],
				doneShare: 0.65
			},
			{
				id: 'p3',
				name: '巩固复查',
				from: '2025-07-16',
				to: '2025-08-15',
				kinds: ['toilet'],
				doneShare: 0.25
			}
		]
	}
];

export interface DemoTarget extends PlaceRow {
	phaseId: string;
	teamId: string;
}

export interface DemoVisit {
	targetId: string;
	teamId: string;
	phaseId: string;
	day: string;
}

const addDays = (iso: string, days: number) => {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
};
const daysBetween = (from: string, to: string) =>
	Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * Targets and done visits of one campaign: each community goes to a team in community order;
 * a phase's targets are done on its team's day (team k: the phase's k-th day, or spread over a
 * long phase), all but (1 − doneShare) of them, picked at random.
 */
export function planCampaignTargets(
	plan: DemoCampaignPlan,
	places: readonly PlaceRow[],
	communities: readonly string[],
	campaignId: string,
	rng: Rng
): { targets: DemoTarget[]; visits: DemoVisit[] } {
	const teamOf = (zone: string | null) =>
		plan.teams[Math.max(0, communities.indexOf(zone ?? '')) % plan.teams.length];
	const restaurants = places.filter((p) => p.kind === 'restaurant');
	const targets: DemoTarget[] = [];
	const visits: DemoVisit[] = [];
	for (const phase of plan.phases) {
		const phaseId = `${campaignId}-${phase.id}`;
		const own = places.filter(
			(p) =>
				phase.kinds.includes(p.kind) &&
				(p.kind !== 'restaurant' ||
					(phase.restaurantHalf !== undefined &&
						restaurants.indexOf(p) % 2 === phase.restaurantHalf))
		);
		const span = daysBetween(phase.from, phase.to);
		const undone = new Set(
			rng
				.shuffle(own)
				.slice(0, Math.round(own.length * (1 - phase.doneShare)))
				.map((p) => p.id)
		);
		for (const p of own) {
			const teamId = teamOf(p.zoneId);
			targets.push({ ...p, phaseId, teamId });
			if (undone.has(p.id)) continue;
			const k = plan.teams.indexOf(teamId);
			const offset =
				span < plan.teams.length * 2 ? Math.min(k, span) : rng.int(0, Math.floor(span * 0.6));
			visits.push({ targetId: p.id, teamId, phaseId, day: addDays(phase.from, offset) });
		}
	}
	return { targets, visits };
}
