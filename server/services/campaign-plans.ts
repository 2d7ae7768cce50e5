import {
	CAMPAIGN_EFFECT_METHOD,
	MAX_CAMPAIGN_TARGETS,
	type CampaignDetail,
	type CampaignPhase,
	type CampaignSummary,
	type CampaignTargetsAdded
} from '../contract/campaign-plan-results';
import type { z } from 'zod';
import type {
	campaignPhaseBodySchema,
	campaignTargetsBodySchema,
	campaignTargetsPatchSchema
} from '../contract/campaign-plans';
import { DATA_WRITES } from '../contract/audit-actions';
import { quoteValue } from '../contract/quote';
import type { Pest } from '../contract/records';
import type { Database, Transaction } from '../db/database';
import {
	campaignProgress,
	markTreated,
	phasesOutside,
	type CampaignSpray,
	type DoneVisit,
	type StoredTarget
} from '../domain/campaigns/campaign-progress';
import type { CampaignWindow } from '../domain/periods/parse-period';
import { AppError, NotFoundError } from '../errors';
import {
	ALL_CAMPAIGN_PESTS_SQL,
	ALL_DONE_VISITS_SQL,
	ALL_PHASES_SQL,
	ALL_TARGETS_SQL,
	CAMPAIGN_PESTS_SQL,
	CAMPAIGN_SPRAYS_SQL,
	CAMPAIGN_SQL,
	COMMUNITIES_SQL,
	DELETE_CAMPAIGN_PESTS_SQL,
	DELETE_PHASE_SQL,
	DONE_VISITS_SQL,
	INSERT_CAMPAIGN_PESTS_SQL,
	INSERT_PHASE_SQL,
	INSERT_TARGET_SQL,
	PATCH_TARGET_PHASE_SQL,
	PATCH_TARGET_TEAM_SQL,
	PHASE_IDS_SQL,
	PHASES_SQL,
	REMOVE_TARGETS_SQL,
	TARGET_IDS_SQL,
	TARGET_ZONES_SQL,
	TARGETS_SQL,
	TEAM_EXISTS_SQL,
	TEAMS_SQL,
	UNPHASE_TARGETS_SQL,
	UPDATE_PHASE_SQL
} from '../queries/campaign-plans';
import { CAMPAIGNS_SQL } from '../queries/campaigns';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import { loadRoundEffects } from './spray-effects';
import { listTargets } from './spray-plan-targets';

type Reader = Pick<Database, 'query'> | Transaction;
type Row<T> = T & Record<string, unknown>;

/** Days before and after a round the campaign page judges its effect on (the compare default). */
const EFFECT_DAYS = 45;

async function loadCampaign(db: Reader, id: string): Promise<CampaignWindow> {
	const [row] = await db.query<Row<CampaignWindow>>(CAMPAIGN_SQL, { id });
	if (!row) throw new NotFoundError(`no campaign ${quoteValue(id)}`);
	return row;
}

/** Spray events tagged with this campaign's id, or its name (as the derived campaigns are). */
async function campaignSprays(db: Reader, c: CampaignWindow): Promise<CampaignSpray[]> {
	const rows = await db.query<Row<CampaignSpray & { campaign: string }>>(CAMPAIGN_SPRAYS_SQL);
	return rows.filter((r) => r.campaign === c.id || r.campaign === c.name);
}

/** Every campaign with its pests and counts of phases, targets and treated targets. */
export async function listCampaignSummaries(db: Database): Promise<CampaignSummary[]> {
	const [campaigns, pests, phases, targets, visits, sprays] = await Promise.all([
		db.query<Row<CampaignWindow>>(CAMPAIGNS_SQL),
		db.query<Row<{ campaign_id: string; pest: Pest }>>(ALL_CAMPAIGN_PESTS_SQL),
		db.query<Row<CampaignPhase & { campaign_id: string }>>(ALL_PHASES_SQL),
		db.query<Row<StoredTarget & { campaignId: string }>>(ALL_TARGETS_SQL),
		db.query<Row<DoneVisit>>(ALL_DONE_VISITS_SQL),
		db.query<Row<CampaignSpray & { campaign: string }>>(CAMPAIGN_SPRAYS_SQL)
	]);
	return campaigns.map((c) => {
		const own = phases.filter((p) => p.campaign_id === c.id);
		const marked = markTreated(
			c,
			own,
			targets.filter((t) => t.campaignId === c.id),
			visits,
			sprays.filter((s) => s.campaign === c.id || s.campaign === c.name)
		);
		return {
			id: c.id,
			name: c.name,
			from: c.from,
			to: c.to,
			pests: pests.filter((p) => p.campaign_id === c.id).map((p) => p.pest),
			phases: own.length,
			targets: marked.length,
			treated: marked.filter((t) => t.treatedOn).length
		};
	});
}

/** `GET /api/campaigns/:id`: phases, targets with their treatment, progress, spray effect. */
export async function loadCampaignDetail(db: Database, id: string): Promise<CampaignDetail> {
	const c = await loadCampaign(db, id);
	const [pests, phases, stored, teams, communities, sprays] = await Promise.all([
		db.query<Row<{ pest: Pest }>>(CAMPAIGN_PESTS_SQL, { id }),
		db.query<Row<CampaignPhase>>(PHASES_SQL, { id }),
		db.query<Row<StoredTarget>>(TARGETS_SQL, { id }),
		db.query<Row<{ id: string; name: string }>>(TEAMS_SQL),
		db.query<Row<{ id: string; name: string }>>(COMMUNITIES_SQL),
		campaignSprays(db, c)
	]);
	const visits = stored.length
		? await db.query<Row<DoneVisit>>(DONE_VISITS_SQL, { ids: stored.map((t) => t.id) })
		: [];
	const targets = markTreated(c, phases, stored, visits, sprays);
	const progress = campaignProgress(
		targets,
		phases,
		new Map(teams.map((t) => [t.id, t.name])),
		new Map(communities.map((z) => [z.id, z.name]))
	);
	const pestList = pests.map((p) => p.pest);
	const effect = [];
	for (const pest of pestList) {
		const method = CAMPAIGN_EFFECT_METHOD[pest];
		const rounds = await loadRoundEffects(db, {
			pest,
			method,
			preDays: EFFECT_DAYS,
			postDays: EFFECT_DAYS,
			year: c.from.slice(0, 4)
		});
		const round = rounds.find((r) => r.campaign === c.id || r.campaign === c.name) ?? null;
		effect.push({ pest, method, preDays: EFFECT_DAYS, postDays: EFFECT_DAYS, round });
	}
	return {
		campaign: {
			...c,
			pests: pestList,
			phases: phases.length,
			targets: targets.length,
			treated: progress.overall.treated
		},
		phases,
		targets,
		progress,
		effect,
		teams,
		communities
	};
}

/** Replaces the campaign's pests (inside the caller's transaction). */
export async function writeCampaignPests(tx: Transaction, id: string, pests: readonly Pest[]) {
	await tx.run(DELETE_CAMPAIGN_PESTS_SQL, { id });
	if (pests.length) await tx.run(INSERT_CAMPAIGN_PESTS_SQL, { id, pests: [...pests] });
}

/** 400 `phase_outside_campaign` when a phase would fall outside the campaign's dates. */
export function assertPhasesInside(
	window: { from: string; to: string },
	phases: readonly { name: string; from: string; to: string }[]
): void {
	const outside = phasesOutside(window, phases);
	if (outside.length)
		throw new AppError(
			400,
			'phase_outside_campaign',
			`phase ${outside.map(quoteValue).join(', ')} must lie inside the campaign's dates ${window.from} – ${window.to}`,
			{ phases: outside, from: window.from, to: window.to }
		);
}

/** The campaign's phases, for a re-dated campaign's check. */
export async function storedPhases(tx: Transaction, id: string): Promise<CampaignPhase[]> {
	return tx.query<Row<CampaignPhase>>(PHASES_SQL, { id });
}

type PhaseBody = z.infer<typeof campaignPhaseBodySchema>;

export async function createPhase(
	db: Database,
	actor: Actor,
	campaignId: string,
	body: PhaseBody
): Promise<CampaignPhase> {
	return db.transaction(async (tx) => {
		const c = await loadCampaign(tx, campaignId);
		assertPhasesInside(c, [body]);
		const ids = (await tx.query<{ id: string }>(PHASE_IDS_SQL, { id: campaignId })).map((r) =>
			Number(r.id.split('-p').pop())
		);
		const id = `${campaignId}-p${Math.max(0, ...ids.filter(Number.isInteger)) + 1}`;
		const phase = { id, name: body.name, from: body.from, to: body.to };
		await tx.run(INSERT_PHASE_SQL, { ...phase, campaign: campaignId });
		await recordAudit(tx, actor, {
			...DATA_WRITES.campaignPhaseCreate,
			entityId: campaignId,
			after: phase
		});
		return phase;
	});
}

async function storedPhase(tx: Transaction, campaignId: string, phaseId: string) {
	const phase = (await storedPhases(tx, campaignId)).find((p) => p.id === phaseId);
	if (!phase)
		throw new AppError(404, 'unknown_phase', `no phase ${quoteValue(phaseId)} in this campaign`);
	return phase;
}

export async function updatePhase(
	db: Database,
	actor: Actor,
	campaignId: string,
	phaseId: string,
	body: PhaseBody
): Promise<CampaignPhase> {
	return db.transaction(async (tx) => {
		const c = await loadCampaign(tx, campaignId);
		const before = await storedPhase(tx, campaignId, phaseId);
		assertPhasesInside(c, [body]);
		const phase = { id: phaseId, name: body.name, from: body.from, to: body.to };
		await tx.run(UPDATE_PHASE_SQL, { ...phase, campaign: campaignId });
		await recordAudit(tx, actor, {
			...DATA_WRITES.campaignPhaseUpdate,
			entityId: campaignId,
			before,
			after: phase
		});
		return phase;
	});
}

/** Deletes a phase; its targets stay in the campaign, in no phase. */
export async function deletePhase(
	db: Database,
	actor: Actor,
	campaignId: string,
	phaseId: string
): Promise<{ deleted: string }> {
	return db.transaction(async (tx) => {
		await loadCampaign(tx, campaignId);
		const before = await storedPhase(tx, campaignId, phaseId);
		await tx.run(UNPHASE_TARGETS_SQL, { campaign: campaignId, id: phaseId });
		await tx.run(DELETE_PHASE_SQL, { campaign: campaignId, id: phaseId });
		await recordAudit(tx, actor, {
			...DATA_WRITES.campaignPhaseDelete,
			entityId: campaignId,
			before
		});
		return { deleted: phaseId };
	});
}

async function assertTeam(tx: Transaction, team: string | null | undefined) {
	if (!team) return;
	const [row] = await tx.query<{ n: number }>(TEAM_EXISTS_SQL, { id: team });
	if (!Number(row.n))
		throw new AppError(400, 'unknown_team', `no team ${quoteValue(team)}`, { team });
}

async function assertPhase(tx: Transaction, campaignId: string, phase: string | null | undefined) {
	if (phase) await storedPhase(tx, campaignId, phase);
}

type TargetsBody = z.infer<typeof campaignTargetsBodySchema>;

/**
 * Adds the stops one target source offers as campaign targets, snapshotting kind, label,
 * place and community; a stop already in the campaign keeps its phase and team.
 */
export async function addCampaignTargets(
	db: Database,
	actor: Actor,
	campaignId: string,
	body: TargetsBody
): Promise<CampaignTargetsAdded> {
	const c = await loadCampaign(db, campaignId);
	const listed = await listTargets(db, {
		source: body.source,
		level: body.level,
		pest: body.pest,
		zone: body.zone,
		...(body.source === 'survey_sites' ? { to: c.to } : {})
	});
	return db.transaction(async (tx) => {
		await loadCampaign(tx, campaignId);
		await assertTeam(tx, body.team);
		await assertPhase(tx, campaignId, body.phase);
		const have = new Set(
			(await tx.query<{ id: string }>(TARGET_IDS_SQL, { id: campaignId })).map((r) => r.id)
		);
		const room = Math.max(0, MAX_CAMPAIGN_TARGETS - have.size);
		const fresh = listed.stops.filter((s) => !have.has(s.id));
		const adding = fresh.slice(0, room);
		const zones = new Map(
			adding.length
				? (
						await tx.query<{ id: string; zone_id: string | null }>(TARGET_ZONES_SQL, {
							ids: adding.map((s) => s.id)
						})
					).map((r) => [r.id, r.zone_id])
				: []
		);
		for (const s of adding)
			await tx.run(INSERT_TARGET_SQL, {
				campaign: campaignId,
				id: s.id,
				kind: s.kind,
				phase: body.phase,
				team: body.team,
				zone: zones.get(s.id) ?? body.zone ?? null,
				label: s.label,
				lng: s.lng,
				lat: s.lat
			});
		const result = {
			added: adding.length,
			skipped: listed.stops.length - adding.length,
			truncated: listed.truncated || fresh.length > room
		};
		await recordAudit(tx, actor, {
			...DATA_WRITES.campaignTargetsAdd,
			entityId: campaignId,
			after: { ...body, ids: adding.map((s) => s.id), ...result }
		});
		return result;
	});
}

type TargetsPatch = z.infer<typeof campaignTargetsPatchSchema>;

/** Gives targets a team and/or phase, or takes them out of the campaign. */
export async function patchCampaignTargets(
	db: Database,
	actor: Actor,
	campaignId: string,
	body: TargetsPatch
): Promise<{ updated: number }> {
	return db.transaction(async (tx) => {
		await loadCampaign(tx, campaignId);
		const have = new Set(
			(await tx.query<{ id: string }>(TARGET_IDS_SQL, { id: campaignId })).map((r) => r.id)
		);
		const ids = body.ids.filter((id) => have.has(id));
		const unknown = body.ids.filter((id) => !have.has(id));
		if (unknown.length)
			throw new AppError(
				400,
				'unknown_target',
				`not targets of this campaign: ${unknown.slice(0, 5).map(quoteValue).join(', ')}`,
				{ ids: unknown.slice(0, 20) }
			);
		const params = { campaign: campaignId, ids };
		if (body.remove) {
			await tx.run(REMOVE_TARGETS_SQL, params);
			await recordAudit(tx, actor, {
				...DATA_WRITES.campaignTargetsRemove,
				entityId: campaignId,
				before: { ids }
			});
			return { updated: ids.length };
		}
		if (body.team !== undefined) {
			await assertTeam(tx, body.team);
			await tx.run(PATCH_TARGET_TEAM_SQL, { ...params, team: body.team });
		}
		if (body.phase !== undefined) {
			await assertPhase(tx, campaignId, body.phase);
			await tx.run(PATCH_TARGET_PHASE_SQL, { ...params, phase: body.phase });
		}
		await recordAudit(tx, actor, {
			...DATA_WRITES.campaignTargetsUpdate,
			entityId: campaignId,
			after: { ids, team: body.team, phase: body.phase }
		});
		return { updated: ids.length };
	});
}
