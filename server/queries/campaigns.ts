import type { SqlQuery } from './layers';

/** Every named campaign window, oldest first. */
export const CAMPAIGNS_SQL = `SELECT id, name, strftime(from_date, '%Y-%m-%d') AS "from",
	strftime(to_date, '%Y-%m-%d') AS "to" FROM campaigns ORDER BY from_date, id`;

/** Campaign ids of one year (`<year>-…`), to number the next one. */
export function buildCampaignIdsQuery(year: string): SqlQuery {
	return {
		sql: 'SELECT id FROM campaigns WHERE starts_with(id, $prefix)',
		params: { prefix: `${year}-` }
	};
}

/** 1 when a campaign with this id exists, else 0. */
export function buildCampaignExistsQuery(id: string): SqlQuery {
	return { sql: 'SELECT count(*) AS n FROM campaigns WHERE id = $id', params: { id } };
}

export interface CampaignRow {
	id: string;
	name: string;
	from: string;
	to: string;
}

export function buildInsertCampaignQuery(c: CampaignRow): SqlQuery {
	return {
		sql: 'INSERT INTO campaigns VALUES ($id, $name, CAST($from AS DATE), CAST($to AS DATE))',
		params: { id: c.id, name: c.name, from: c.from, to: c.to }
	};
}

export function buildUpdateCampaignQuery(c: CampaignRow): SqlQuery {
	return {
		sql: `UPDATE campaigns SET name = $name, from_date = CAST($from AS DATE), to_date = CAST($to AS DATE)
			WHERE id = $id`,
		params: { id: c.id, name: c.name, from: c.from, to: c.to }
	};
}
