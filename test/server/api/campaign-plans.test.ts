/**
 * Campaigns as plans (issue 17 part 6) through the API: phases inside the campaign's dates,
 * targets from a target source, a team from the teams table, progress from done route stops,
 * one audit row per write and none when refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignDetail } from '../../../server/contract/campaign-plan-results';
import type { Database } from '../../../server/db/database';
import { createAuditedApp, readAuditLog, type StoredAuditRow } from '../../helpers/audited-app';
import { createMiniTownStore } from '../../helpers/mini-town';
import type { TestApp } from '../../helpers/signed-in-app';

let db: Database;
let planner: TestApp;
let sprayer: TestApp;
beforeAll(async () => {
	db = await createMiniTownStore();
	await db.run(`INSERT INTO teams VALUES ('team-1', '消杀一队'), ('team-2', '消杀二队')`);
	planner = createAuditedApp({ db, version: 'test' }, { role: 'planner' });
	sprayer = createAuditedApp({ db, version: 'test' }, { role: 'sprayer', team: 'team-1' });
});
afterAll(async () => db.close());

async function send(app: TestApp, method: string, path: string, body?: unknown) {
	const before = (await readAuditLog(db)).length;
	const res = await app.request(path, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const json = await res.json();
	const audit: StoredAuditRow[] = (await readAuditLog(db)).slice(before);
	return { status: res.status, body: json, audit };
}

const detail = async () =>
	(await send(planner, 'GET', '/api/campaigns/2024-1')).body as CampaignDetail;

describe('a campaign plan', () => {
	it('re-dates the campaign with its pests, one campaign.update row', async () => {
		const put = await send(planner, 'PUT', '/api/campaigns/2024-1', {
			name: '2024 春季除四害',
			from: '2024-03-10',
			to: '2024-04-30',
			pests: ['mosquito', 'fly']
		});
		expect(put.status).toBe(200);
		expect(put.audit.map((r) => r.action)).toEqual(['campaign.update']);
		const list = (await send(planner, 'GET', '/api/campaigns')).body.campaigns;
		expect(list[0]).toMatchObject({ id: '2024-1', pests: ['fly', 'mosquito'], targets: 0 });
	});

	it('adds phases inside the dates and refuses one outside them or ending before it starts', async () => {
		const ok = await send(planner, 'POST', '/api/campaigns/2024-1/phases', {
			name: '清理孳生地',
			from: '2024-03-10',
			to: '2024-03-24'
		});
		expect(ok.status).toBe(201);
		expect(ok.body).toEqual({
			id: '2024-1-p1',
			name: '清理孳生地',
			from: '2024-03-10',
			to: '2024-03-24'
		});
		expect(ok.audit).toHaveLength(1);
		expect(ok.audit[0]).toMatchObject({
			action: 'campaign_phase.create',
			entity: 'campaign',
			entity_id: '2024-1',
			role: 'planner'
		});
		const two = await send(planner, 'POST', '/api/campaigns/2024-1/phases', {
			name: '统一消杀',
			from: '2024-03-25',
			to: '2024-03-27'
		});
		expect(two.body.id).toBe('2024-1-p2');

		const outside = await send(planner, 'POST', '/api/campaigns/2024-1/phases', {
			name: '灭鼠投药',
			from: '2024-04-20',
			to: '2024-05-10'
		});
		expect(outside.status).toBe(400);
		expect(outside.body.error.code).toBe('phase_outside_campaign');
		expect(outside.audit).toEqual([]);
		const backwards = await send(planner, 'PUT', '/api/campaigns/2024-1/phases/2024-1-p2', {
			name: '统一消杀',
			from: '2024-03-27',
			to: '2024-03-25'
		});
		expect(backwards.status).toBe(400);
		expect(backwards.body.error.message).toMatch(/from must not be after to/);
		expect(backwards.audit).toEqual([]);
		// Shrinking the campaign past a phase is refused too: move the phase first.
		const shrink = await send(planner, 'PUT', '/api/campaigns/2024-1', {
			name: '2024 春季除四害',
			from: '2024-03-20',
			to: '2024-04-30'
		});
		expect(shrink.status).toBe(400);
		expect(shrink.body.error.code).toBe('phase_outside_campaign');
		expect(shrink.audit).toEqual([]);
	});

	it('snapshots the breeding sites as targets, gives them a team, refuses an unknown team', async () => {
		const add = await send(planner, 'POST', '/api/campaigns/2024-1/targets', {
			source: 'breeding_sites',
			phase: '2024-1-p2',
			team: 'team-1'
		});
		expect(add.status).toBe(201);
		expect(add.body).toEqual({ added: 3, skipped: 0, truncated: false });
		expect(add.audit.map((r) => r.action)).toEqual(['campaign_targets.add']);
		const again = await send(planner, 'POST', '/api/campaigns/2024-1/targets', {
			source: 'breeding_sites'
		});
		expect(again.body).toEqual({ added: 0, skipped: 3, truncated: false });

		const unknown = await send(planner, 'PATCH', '/api/campaigns/2024-1/targets', {
			ids: ['p-market-1'],
			team: 'team-9'
		});
		expect(unknown.status).toBe(400);
		expect(unknown.body.error.code).toBe('unknown_team');
		expect(unknown.audit).toEqual([]);
		const patch = await send(planner, 'PATCH', '/api/campaigns/2024-1/targets', {
			ids: ['p-market-1'],
			team: 'team-2',
			phase: '2024-1-p1'
		});
		expect(patch.status).toBe(200);
		expect(patch.audit.map((r) => r.action)).toEqual(['campaign_targets.update']);
	});

	it('counts a stop done inside its phase as treated, one done outside it as not', async () => {
		const done = (stop: string, at: string) =>
			db.run(
				`INSERT INTO route_stops (plan_id, route_id, stop_id, seq, lng, lat, service_min, arrive_min,
				leg_m, off_network, leg_straight, status, visited_at)
				VALUES ('P-' || $stop, 'R1', $stop, 1, 113.08, 22.95, 10, 0, 0, false, false, 'done', CAST($at AS TIMESTAMP))`,
				{ stop, at }
			);
		// p-market-1 is in phase 1 (3/10–3/24, team-2): done 3/20 counts.
		await done('p-market-1', '2024-03-20 10:00:00');
		// The other two are in phase 2 (3/25–3/27, team-1): one done 3/26, one only on 3/28.
		const [inPhase2, late] = (await detail()).targets
			.filter((t) => t.phaseId === '2024-1-p2')
			.map((t) => t.id);
		await done(inPhase2, '2024-03-26 09:00:00');
		await done(late, '2024-03-28 09:00:00');

		const d = await detail();
		expect(d.progress.overall).toEqual({ targets: 3, treated: 2 });
		expect(d.progress.byPhase.map((r) => [r.key, r.treated, r.targets])).toEqual([
			['2024-1-p1', 1, 1],
			['2024-1-p2', 1, 2]
		]);
		expect(d.progress.byTeam.map((r) => [r.name, r.treated, r.targets])).toEqual([
			['消杀一队', 1, 2],
			['消杀二队', 1, 1]
		]);
		expect(d.targets.find((t) => t.id === late)?.treatedOn).toBeNull();
		// The list counts the same; the spray effect of the campaign's round is there with its sample.
		const list = (await send(planner, 'GET', '/api/campaigns')).body.campaigns;
		expect(list[0]).toMatchObject({ targets: 3, treated: 2, phases: 2 });
		expect(d.effect.map((e) => [e.pest, e.round?.campaign])).toEqual([
			['fly', undefined],
			['mosquito', '2024 春季除四害']
		]);
		expect(d.effect[1].round?.pre.treated).toHaveProperty('effort');
	});

	it('lets a sprayer read the plan but not change it; removing targets is one row', async () => {
		expect((await send(sprayer, 'GET', '/api/campaigns/2024-1')).status).toBe(200);
		const refused = await send(sprayer, 'POST', '/api/campaigns/2024-1/phases', {
			name: 'x',
			from: '2024-03-10',
			to: '2024-03-11'
		});
		expect(refused.status).toBe(403);
		expect(refused.audit).toEqual([]);
		const del = await send(planner, 'DELETE', '/api/campaigns/2024-1/phases/2024-1-p1');
		expect(del.status).toBe(200);
		expect(del.audit.map((r) => r.action)).toEqual(['campaign_phase.delete']);
		expect((await detail()).targets.find((t) => t.id === 'p-market-1')?.phaseId).toBeNull();
		const remove = await send(planner, 'PATCH', '/api/campaigns/2024-1/targets', {
			ids: ['p-market-1'],
			remove: true
		});
		expect(remove.audit.map((r) => r.action)).toEqual(['campaign_targets.remove']);
		expect((await detail()).progress.overall.targets).toBe(2);
		expect((await send(planner, 'GET', '/api/campaigns/nope')).status).toBe(404);
	});
});
