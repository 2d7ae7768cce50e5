import type { ThresholdRowInput } from '../contract/catalogues';
import type { Database } from '../db/database';
import type { ControlThreshold } from '../domain/catalogues/control-thresholds';
import { checkThresholdTable } from '../domain/density/check-thresholds';
import { AppError, NotFoundError } from '../errors';
import {
	buildPatchSurveyMethodQuery,
	buildSurveyMethodExistsQuery,
	THRESHOLDS_SQL,
	toControlThreshold,
	UPSERT_THRESHOLD_SQL
} from '../queries/catalogues';
import { assertKnownCodes } from './known-codes';
import { quoteValue } from '../contract/quote';

/** Problems a refused threshold edit lists; the rest are counted. */
const MAX_PROBLEMS_LISTED = 10;

/** Every threshold row of every edition. */
export async function loadThresholds(db: Database): Promise<ControlThreshold[]> {
	return (await db.query(THRESHOLDS_SQL)).map(toControlThreshold);
}

/** Writes threshold rows in one transaction; a table left inconsistent is refused (422). */
export async function saveThresholds(
	db: Database,
	rows: readonly ThresholdRowInput[]
): Promise<ControlThreshold[]> {
	await assertKnownCodes(db, 'survey_methods', 'method', [...new Set(rows.map((r) => r.method))]);
	return db.transaction(async (tx) => {
		for (const r of rows) await tx.run(UPSERT_THRESHOLD_SQL, { ...r });
		const after = (await tx.query(THRESHOLDS_SQL)).map(toControlThreshold);
		const problems = checkThresholdTable(after);
		// Throwing rolls the whole edit back: the table is never left half-changed.
		if (problems.length) {
			const listed = problems.slice(0, MAX_PROBLEMS_LISTED);
			const more = problems.length - listed.length;
			const message = `${listed.join('; ')}${more > 0 ? `; and ${more} more problems` : ''}`;
			throw new AppError(422, 'invalid_thresholds', message, { problems: listed });
		}
		return after;
	});
}

/** Relabels one survey method; 404 when there is none. */
export async function patchSurveyMethod(
	db: Database,
	code: string,
	patch: Parameters<typeof buildPatchSurveyMethodQuery>[1]
): Promise<void> {
	const exists = buildSurveyMethodExistsQuery(code);
	const [row] = await db.query<{ n: number }>(exists.sql, exists.params);
	if (!row.n) throw new NotFoundError(`no survey method ${quoteValue(code)}`);
	const update = buildPatchSurveyMethodQuery(code, patch);
	await db.transaction((tx) => tx.run(update.sql, update.params));
}
