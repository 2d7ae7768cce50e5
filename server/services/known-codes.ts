import type { Database } from '../db/database';
import { BadRequestError } from '../errors';

const CODE_TABLES = {
	survey_methods: 'code',
	blind_spot_categories: 'code'
} as const;

/** Refuses codes missing from a catalogue table, naming them and what is allowed. */
export async function assertKnownCodes(
	db: Database,
	table: keyof typeof CODE_TABLES,
	parameter: string,
	codes: readonly string[]
): Promise<void> {
	const rows = await db.query<{ code: string }>(
		`SELECT ${CODE_TABLES[table]} AS code FROM ${table} ORDER BY code`
	);
	const known = new Set(rows.map((r) => r.code));
	const unknown = codes.filter((c) => !known.has(c));
	if (unknown.length) {
		throw new BadRequestError(
			`${parameter}: unknown code ${unknown.map((u) => `"${u}"`).join(', ')}; expected one of ${[...known].join(', ')}`,
			{ parameter, unknown }
		);
	}
}
