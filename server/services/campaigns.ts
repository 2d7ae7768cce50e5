import type { Database } from '../db/database';
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

export async function loadCampaigns(db: Database): Promise<CampaignWindow[]> {
	return db.query<CampaignWindow & Record<string, unknown>>(CAMPAIGNS_SQL);
}

/** `<year>-<n>` with the next free n, as derived campaigns are numbered. */
async function nextCampaignId(db: Database, year: string): Promise<string> {
	const { sql, params } = buildCampaignIdsQuery(year);
	const ids = await db.query<{ id: string }>(sql, params);
	const taken = ids.map((r) => Number(r.id.slice(5))).filter(Number.isInteger);
	return `${year}-${Math.max(0, ...taken) + 1}`;
}

async function campaignExists(db: Database, id: string): Promise<boolean> {
	const { sql, params } = buildCampaignExistsQuery(id);
	const [row] = await db.query<{ n: number }>(sql, params);
	return row.n > 0;
}

/** Adds a campaign (409 when its id is taken); without an id it gets the year's next one. */
export async function createCampaign(
	db: Database,
	body: Omit<CampaignRow, 'id'> & { id?: string }
): Promise<CampaignRow> {
	const id = body.id ?? (await nextCampaignId(db, body.from.slice(0, 4)));
	if (await campaignExists(db, id))
		throw new AppError(409, 'conflict', `campaign id "${id}" is taken`);
	const campaign = { id, name: body.name, from: body.from, to: body.to };
	const insert = buildInsertCampaignQuery(campaign);
	await db.transaction((tx) => tx.run(insert.sql, insert.params));
	return campaign;
}

/** Renames or re-dates a campaign; 404 when there is none. */
export async function updateCampaign(db: Database, campaign: CampaignRow): Promise<CampaignRow> {
	if (!(await campaignExists(db, campaign.id))) {
		throw new NotFoundError(`no campaign "${campaign.id}"`);
	}
	const update = buildUpdateCampaignQuery(campaign);
	await db.transaction((tx) => tx.run(update.sql, update.params));
	return campaign;
}
