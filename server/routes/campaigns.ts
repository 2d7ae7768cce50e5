import { Hono } from 'hono';
import { campaignBodySchema, type CampaignsResponse } from '../contract/periods';
import type { Database } from '../db/database';
import type { CampaignWindow } from '../domain/periods/parse-period';
import { AppError, NotFoundError } from '../errors';
import { validate } from './validation';

export const CAMPAIGNS_SQL = `SELECT id, name, strftime(from_date, '%Y-%m-%d') AS "from",
	strftime(to_date, '%Y-%m-%d') AS "to" FROM campaigns ORDER BY from_date, id`;

export async function loadCampaigns(db: Database): Promise<CampaignWindow[]> {
	return db.query<CampaignWindow & Record<string, unknown>>(CAMPAIGNS_SQL);
}

/** `<year>-<n>` with the next free n, as derived campaigns are numbered. */
async function nextCampaignId(db: Database, year: string): Promise<string> {
	const ids = await db.query<{ id: string }>(
		'SELECT id FROM campaigns WHERE starts_with(id, $prefix)',
		{
			prefix: `${year}-`
		}
	);
	const taken = ids.map((r) => Number(r.id.slice(5))).filter(Number.isInteger);
	return `${year}-${Math.max(0, ...taken) + 1}`;
}

/** Named campaign windows: list, add, edit (a clerk fixes the dates of 春季除四害). */
export function createCampaignRoutes(db: Database) {
	return new Hono()
		.get('/', async (c) =>
			c.json({ campaigns: await loadCampaigns(db) } satisfies CampaignsResponse)
		)
		.post('/', validate('json', campaignBodySchema), async (c) => {
			const body = c.req.valid('json');
			const id = body.id ?? (await nextCampaignId(db, body.from.slice(0, 4)));
			const [taken] = await db.query<{ n: number }>(
				'SELECT count(*) AS n FROM campaigns WHERE id = $id',
				{ id }
			);
			if (taken.n) throw new AppError(409, 'conflict', `campaign id "${id}" is taken`);
			await db.transaction((tx) =>
				tx.run(
					'INSERT INTO campaigns VALUES ($id, $name, CAST($from AS DATE), CAST($to AS DATE))',
					{ ...body, id }
				)
			);
			return c.json({ id, name: body.name, from: body.from, to: body.to }, 201);
		})
		.put('/:id', validate('json', campaignBodySchema), async (c) => {
			const id = c.req.param('id');
			const body = c.req.valid('json');
			const [found] = await db.query<{ n: number }>(
				'SELECT count(*) AS n FROM campaigns WHERE id = $id',
				{ id }
			);
			if (!found.n) throw new NotFoundError(`no campaign "${id}"`);
			await db.transaction((tx) =>
				tx.run(
					'UPDATE campaigns SET name = $name, from_date = CAST($from AS DATE), to_date = CAST($to AS DATE) WHERE id = $id',
					{
						id,
						name: body.name,
						from: body.from,
						to: body.to
					}
				)
			);
			return c.json({ id, name: body.name, from: body.from, to: body.to });
		});
}
