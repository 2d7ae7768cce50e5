import { DATA_WRITES } from '../contract/audit-actions';
import type { SampleMinimum, ThresholdRowInput } from '../contract/catalogues';
import type { Database, Transaction } from '../db/database';
import type { ControlThreshold } from '../domain/catalogues/control-thresholds';
import { checkThresholdTable } from '../domain/density/check-thresholds';
import { AppError, NotFoundError } from '../errors';
import { SURVEY_METHOD_LABELS_SQL, THRESHOLDS_OF_METHODS_SQL } from '../queries/audit-snapshots';
import {
	buildPatchSurveyMethodQuery,
	SAMPLE_MINIMUMS_SQL,
	STANDARD_EDITIONS_SQL,
	THRESHOLDS_SQL,
	toControlThreshold,
	toSampleMinimum,
	toStandardEdition,
	UPSERT_SAMPLE_MINIMUM_SQL,
	UPSERT_THRESHOLD_SQL
} from '../queries/catalogues';
import { quoteValue } from '../contract/quote';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import { assertKnownCodes } from './known-codes';

/** Problems a refused threshold edit lists; the rest are counted. */
const MAX_PROBLEMS_LISTED = 10;

/** Every threshold row of every edition. */
export async function loadThresholds(db: Database): Promise<ControlThreshold[]> {
	return (await db.query(THRESHOLDS_SQL)).map(toControlThreshold);
}

/** Every threshold row of `methods`, for the audit log's before and after. */
async function thresholdsOf(tx: Transaction, methods: string[]): Promise<ControlThreshold[]> {
	return (await tx.query(THRESHOLDS_OF_METHODS_SQL, { methods })).map(toControlThreshold);
}

/**
 * Writes threshold rows in one transaction; a table left inconsistent is refused (422). The
 * audit row keeps every row of the methods edited, before and after.
 */
export async function saveThresholds(
	db: Database,
	actor: Actor,
	rows: readonly ThresholdRowInput[]
): Promise<ControlThreshold[]> {
	// Never empty: the request schema asks for at least one row.
	const methods = [...new Set(rows.map((r) => r.method))].sort();
	await assertKnownCodes(db, 'survey_methods', 'method', methods);
	return db.transaction(async (tx) => {
		const before = await thresholdsOf(tx, methods);
		for (const r of rows) await tx.run(UPSERT_THRESHOLD_SQL, { ...r });
		const after = (await tx.query(THRESHOLDS_SQL)).map(toControlThreshold);
		const editions = (await tx.query(STANDARD_EDITIONS_SQL)).map(toStandardEdition);
		const problems = checkThresholdTable(after, editions);
		// Throwing rolls the whole edit back: the table is never left half-changed.
		if (problems.length) {
			const listed = problems.slice(0, MAX_PROBLEMS_LISTED);
			const more = problems.length - listed.length;
			const message = `${listed.join('; ')}${more > 0 ? `; and ${more} more problems` : ''}`;
			throw new AppError(422, 'invalid_thresholds', message, { problems: listed });
		}
		await recordAudit(tx, actor, {
			...DATA_WRITES.thresholdsUpdate,
			entityId: methods.join(','),
			before,
			after: await thresholdsOf(tx, methods)
		});
		return after;
	});
}

/** Relabels one survey method; 404 when there is none. */
export async function patchSurveyMethod(
	db: Database,
	actor: Actor,
	code: string,
	patch: Parameters<typeof buildPatchSurveyMethodQuery>[1]
): Promise<void> {
	const labels = async (tx: Transaction) => (await tx.query(SURVEY_METHOD_LABELS_SQL, { code }))[0];
	await db.transaction(async (tx) => {
		const before = await labels(tx);
		if (!before) throw new NotFoundError(`no survey method ${quoteValue(code)}`);
		const update = buildPatchSurveyMethodQuery(code, patch);
		await tx.run(update.sql, update.params);
		await recordAudit(tx, actor, {
			...DATA_WRITES.surveyMethodUpdate,
			entityId: code,
			before,
			after: await labels(tx)
		});
	});
}

/** Issue 17: every sample minimum. */
export async function loadSampleMinimums(db: Database | Transaction): Promise<SampleMinimum[]> {
	return (await db.query(SAMPLE_MINIMUMS_SQL)).map(toSampleMinimum);
}

/** Issue 17: writes sample minimums (one row per method) in one audited transaction. */
export async function saveSampleMinimums(
	db: Database,
	actor: Actor,
	rows: readonly SampleMinimum[]
): Promise<SampleMinimum[]> {
	const methods = [...new Set(rows.map((r) => r.method))].sort();
	await assertKnownCodes(db, 'survey_methods', 'method', methods);
	return db.transaction(async (tx) => {
		const of = async () => (await loadSampleMinimums(tx)).filter((r) => methods.includes(r.method));
		const before = await of();
		for (const r of rows) await tx.run(UPSERT_SAMPLE_MINIMUM_SQL, { ...r });
		await recordAudit(tx, actor, {
			...DATA_WRITES.sampleMinimumsUpdate,
			entityId: methods.join(','),
			before,
			after: await of()
		});
		return loadSampleMinimums(tx);
	});
}
