import { DATA_WRITES } from '../contract/audit-actions';
import { quoteValue } from '../contract/quote';
import type { Database, Transaction } from '../db/database';
import type { CampaignWindow } from '../domain/periods/parse-period';
import { AppError, NotFoundError } from '../errors';
import {
	buildCampaignExistsQuery,
	buildCampaignIdsQuery,
	buildInsertCampaignQuery,
	buildUpdateCampaignQuery,
	CAMPAIGNS_SQL,
	type CampaignRow
} from '../queries/campaigns';
import { CAMPAIGN_SNAPSHOT_SQL } from '../queries/audit-snapshots';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import type { Pest } from '../contract/records';
import { assertPhasesInside, storedPhases, writeCampaignPests } from './campaign-plans';

export async function loadCampaigns(db: Database): Promise<CampaignWindow[]> {
	return db.query<CampaignWindow & Record<string, unknown>>(CAMPAIGNS_SQL);
}

/** `<year>-<n>` with the next free n, as derived campaigns are numbered. */
async function nextCampaignId(tx: Transaction, year: string): Promise<string> {
	const { sql, params } = buildCampaignIdsQuery(year);
	const ids = await tx.query<{ id: string }>(sql, params);
	const taken = ids.map((r) => Number(r.id.slice(5))).filter(Number.isInteger);
	return `${year}-${Math.max(0, ...taken) + 1}`;
}

async function campaignExists(tx: Transaction, id: string): Promise<boolean> {
	const { sql, params } = buildCampaignExistsQuery(id);
	const [row] = await tx.query<{ n: number }>(sql, params);
	return row.n > 0;
}

/** The campaign as stored, for the audit log's `before`; undefined when there is none. */
async function storedCampaign(tx: Transaction, id: string): Promise<CampaignRow | undefined> {
	const [row] = await tx.query<CampaignRow & Record<string, unknown>>(CAMPAIGN_SNAPSHOT_SQL, {
		id
	});
	return row;
}

/**
 * Adds a campaign (409 when its id is taken); without an id it gets the year's next one.
 * The id is chosen inside the write transaction, so creations at the same moment queue and
 * each gets its own number.
 */
export async function createCampaign(
	db: Database,
	actor: Actor,
	body: Omit<CampaignRow, 'id'> & { id?: string; pests?: Pest[] }
): Promise<CampaignRow> {
	return db.transaction(async (tx) => {
		const id = body.id ?? (await nextCampaignId(tx, body.from.slice(0, 4)));
		if (await campaignExists(tx, id))
			throw new AppError(409, 'conflict', `campaign id ${quoteValue(id)} is taken`);
		const campaign = { id, name: body.name, from: body.from, to: body.to };
		const insert = buildInsertCampaignQuery(campaign);
		await tx.run(insert.sql, insert.params);
		if (body.pests) await writeCampaignPests(tx, id, body.pests);
		await recordAudit(tx, actor, {
			...DATA_WRITES.campaignCreate,
			entityId: id,
			after: body.pests ? { ...campaign, pests: body.pests } : campaign
		});
		return campaign;
	});
}

/** Renames or re-dates a campaign; 404 when there is none. */
export async function updateCampaign(
	db: Database,
	actor: Actor,
	campaign: CampaignRow,
	pests?: Pest[]
): Promise<CampaignRow> {
	return db.transaction(async (tx) => {
		const before = await storedCampaign(tx, campaign.id);
		if (!before) throw new NotFoundError(`no campaign ${quoteValue(campaign.id)}`);
		// Re-dating must keep every phase inside (issue 17): move the phases first.
		assertPhasesInside(campaign, await storedPhases(tx, campaign.id));
		const update = buildUpdateCampaignQuery(campaign);
		await tx.run(update.sql, update.params);
		if (pests) await writeCampaignPests(tx, campaign.id, pests);
		await recordAudit(tx, actor, {
			...DATA_WRITES.campaignUpdate,
			entityId: campaign.id,
			before,
			after: pests ? { ...campaign, pests } : campaign
		});
		return campaign;
	});
}
