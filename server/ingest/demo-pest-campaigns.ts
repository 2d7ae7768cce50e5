/**
 * Writes the demo town's campaign plans (issue 17 parts 6, 7) in the loader's transaction:
 * teams, the campaigns' pests, phases and targets, and the route plans whose done stops are
 * the progress the campaign pages show. The plan is demo-town/pest-campaigns/ (pure).
 */
import { appendRows, type ColumnSpec } from '../db/append';
import type { Transaction } from '../db/database';
import {
	DEMO_CAMPAIGN_PLANS,
	DEMO_TEAMS,
	planCampaignTargets,
	type DemoTarget,
	type DemoVisit,
	type PlaceRow
} from '../demo-town/pest-campaigns/plan';
import { createRng } from '../domain/random/seeded-random';
import { SERVICE_MIN_BY_TARGET } from '../domain/routing/target-service';
import { COMMUNITIES_SQL, INSERT_CAMPAIGN_PESTS_SQL } from '../queries/campaign-plans';

const PLACES_SQL = `SELECT id, kind, name AS label, lng, lat, zone_id AS "zoneId" FROM pois
	WHERE kind IN ('water_body', 'toilet', 'garbage_station', 'market', 'restaurant') ORDER BY id`;
const CAMPAIGN_BY_NAME_SQL = 'SELECT id FROM campaigns WHERE name = $name';

/** Tricycle speed of a demo route, as the planner's default day (15 km/h). */
const METRES_PER_MIN = 250;

const targetColumns = (campaignId: string): ColumnSpec<DemoTarget>[] => [
	['campaign_id', 'text', () => campaignId],
	['target_id', 'text', (t) => t.id],
	['target_kind', 'text', (t) => t.kind],
	['phase_id', 'text', (t) => t.phaseId],
	['team_id', 'text', (t) => t.teamId],
	['zone_id', 'text', (t) => t.zoneId],
	['label', 'text', (t) => t.label],
	['lng', 'double', (t) => t.lng],
	['lat', 'double', (t) => t.lat],
	['added_at', 'text', () => '2025-03-01 09:00:00']
];

interface StopRow {
	planId: string;
	routeId: string;
	seq: number;
	target: DemoTarget;
	legM: number;
	arriveMin: number;
	visitedAt: string;
}

const stopColumns: ColumnSpec<StopRow>[] = [
	['plan_id', 'text', (s) => s.planId],
	['route_id', 'text', (s) => s.routeId],
	['stop_id', 'text', (s) => s.target.id],
	['seq', 'integer', (s) => s.seq],
	['lng', 'double', (s) => s.target.lng],
	['lat', 'double', (s) => s.target.lat],
	['service_min', 'double', (s) => serviceMin(s.target.kind)],
	['arrive_min', 'double', (s) => s.arriveMin],
	['leg_m', 'double', (s) => s.legM],
	['road_name', 'text', () => null],
	['off_network', 'boolean', () => false],
	['leg_straight', 'boolean', () => true],
	['status', 'text', () => 'done'],
	['note', 'text', () => null],
	['visited_at', 'text', (s) => s.visitedAt],
	['spray_event_id', 'text', () => null],
	['kind', 'text', (s) => s.target.kind],
	['category', 'text', () => null],
	['label', 'text', (s) => s.target.label],
	['description', 'text', () => null],
	['pest', 'text', () => null],
	['zone_id', 'text', (s) => s.target.zoneId]
];

const serviceMin = (kind: string) => (SERVICE_MIN_BY_TARGET as Record<string, number>)[kind] ?? 10;

/** Straight-line metres between two lng/lat points (equirectangular; town-sized distances). */
function metres(a: { lng: number; lat: number }, b: { lng: number; lat: number }): number {
	const k = Math.PI / 180;
	const x = (b.lng - a.lng) * k * Math.cos(((a.lat + b.lat) / 2) * k);
	const y = (b.lat - a.lat) * k;
	return Math.round(6_371_000 * Math.hypot(x, y));
}

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (day: string, minutes: number) =>
	`${day} ${pad(8 + Math.floor(minutes / 60))}:${pad(Math.floor(minutes % 60))}:00`;

/** One saved plan per campaign phase and day, one route per team, its stops done in order. */
async function writeRoutePlans(
	tx: Transaction,
	campaign: { id: string; name: string; pest: string },
	phases: readonly { id: string; name: string }[],
	targets: readonly DemoTarget[],
	visits: readonly DemoVisit[]
) {
	const byId = new Map(targets.map((t) => [t.id, t]));
	const groups = new Map<string, DemoVisit[]>();
	for (const v of visits) {
		const key = `${v.phaseId}|${v.day}`;
		groups.set(key, [...(groups.get(key) ?? []), v]);
	}
	const stops: StopRow[] = [];
	for (const [key, group] of groups) {
		const [phaseId, day] = key.split('|');
		const phase = phases.find((p) => p.id === phaseId)!;
		const planId = `demo-${phaseId}-${day.slice(5)}`;
		const at = `${day} 08:00:00`;
		await tx.run(
			`INSERT INTO route_plans VALUES ($id, $name, CAST($day AS DATE), 'done', 'straight', $pest, '[]',
			CAST($at AS TIMESTAMP), CAST($at AS TIMESTAMP))`,
			{
				id: planId,
				name: `${campaign.name} · ${phase.name} ${Number(day.slice(5, 7))}/${Number(day.slice(8))}`,
				day,
				pest: campaign.pest,
				at
			}
		);
		const teams = [...new Set(group.map((v) => v.teamId))].sort();
		for (const [seqTeam, team] of teams.entries()) {
			const own = group.map((v) => byId.get(v.targetId)!).filter((t) => t.teamId === team);
			own.sort((a, b) => a.lng - b.lng || a.lat - b.lat);
			const routeId = `${planId}-${team}`;
			let minute = 0;
			let total = 0;
			own.forEach((t, i) => {
				const legM = i ? metres(own[i - 1], t) : 0;
				total += legM;
				minute += legM / METRES_PER_MIN;
				stops.push({
					planId,
					routeId,
					seq: i + 1,
					target: t,
					legM,
					arriveMin: Math.round(minute),
					visitedAt: clock(day, minute + serviceMin(t.kind))
				});
				minute += serviceMin(t.kind);
			});
			const first = own[0];
			const last = own[own.length - 1];
			const back = metres(last, first);
			await tx.run(
				`INSERT INTO routes VALUES ($id, $plan, $team, $seq, $dist, $dur, NULL, $lng, $lat, $lng, $lat,
				$endMin, $back)`,
				{
					id: routeId,
					plan: planId,
					team,
					seq: seqTeam + 1,
					dist: total + back,
					dur: Math.round(minute + back / METRES_PER_MIN),
					lng: first.lng,
					lat: first.lat,
					endMin: Math.round(minute + back / METRES_PER_MIN),
					back
				}
			);
		}
	}
	await appendRows(tx.connection, 'route_stops', stopColumns, stops);
}

/** Adds the demo campaign plans; runs once, in the demo town's loading transaction. */
export async function seedDemoPestCampaigns(tx: Transaction, options: { seed: number }) {
	const rng = createRng(options.seed).fork('pest-campaigns');
	for (const team of DEMO_TEAMS)
		await tx.run('INSERT INTO teams VALUES ($id, $name) ON CONFLICT (id) DO NOTHING', team);
	const places = await tx.query<PlaceRow & Record<string, unknown>>(PLACES_SQL);
	const communities = (await tx.query<{ id: string }>(COMMUNITIES_SQL)).map((z) => z.id);
	for (const plan of DEMO_CAMPAIGN_PLANS) {
		let id = (await tx.query<{ id: string }>(CAMPAIGN_BY_NAME_SQL, { name: plan.name }))[0]?.id;
		if (!id && plan.create) {
			id = plan.create.id;
			await tx.run(
				'INSERT INTO campaigns VALUES ($id, $name, CAST($from AS DATE), CAST($to AS DATE))',
				{ id, name: plan.name, from: plan.create.from, to: plan.create.to }
			);
		}
		if (!id) continue;
		await tx.run(INSERT_CAMPAIGN_PESTS_SQL, { id, pests: plan.pests });
		const phases = plan.phases.map((p) => ({ ...p, id: `${id}-${p.id}` }));
		for (const p of phases)
			await tx.run(
				'INSERT INTO campaign_phases VALUES ($id, $campaign, $name, CAST($from AS DATE), CAST($to AS DATE))',
				{ id: p.id, campaign: id, name: p.name, from: p.from, to: p.to }
			);
		const { targets, visits } = planCampaignTargets(
			plan,
			places,
			communities,
			id,
			rng.fork(plan.name)
		);
		await appendRows(tx.connection, 'campaign_targets', targetColumns(id), targets);
		await writeRoutePlans(
			tx,
			{ id, name: plan.name, pest: plan.pests[0] },
			phases,
			targets,
			visits
		);
	}
}
