import type { Database } from '../db/database';
import { BadRequestError } from '../errors';
import { buildCatalogueCodesQuery, type CodeTable } from '../queries/catalogues';
import { excerpt, quoteValue } from '../contract/quote';

/** Refuses codes missing from a catalogue table, naming them and what is allowed. */
export async function assertKnownCodes(
	db: Database,
	table: CodeTable,
	parameter: string,
	codes: readonly string[]
): Promise<void> {
	const { sql, params } = buildCatalogueCodesQuery(table);
	const rows = await db.query<{ code: string }>(sql, params);
	const known = new Set(rows.map((r) => r.code));
	const unknown = codes.filter((c) => !known.has(c));
	if (unknown.length) {
		throw new BadRequestError(
			`${parameter}: unknown code ${unknown.slice(0, 10).map(quoteValue).join(', ')}; expected one of ${[...known].join(', ')}`,
			{ parameter, unknown: unknown.slice(0, 10).map(excerpt) }
		);
	}
}
