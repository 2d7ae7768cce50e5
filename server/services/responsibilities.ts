/**
 * The responsibility registry (卫生目标责任制, issue 15 item 1): who answers for each grid, road
 * and frontage unit under which pledge. A change of person or unit closes the current row
 * (valid_to) and starts a new one in the same transaction; every write is audited.
 */
import { maskPhone, type Role } from '../contract/accounts';
import { DATA_WRITES } from '../contract/audit-actions';
import { quoteValue } from '../contract/quote';
import {
	REGISTRY_PHONE_ROLES,
	type ResponsibilityHistory,
	type ResponsibilityList,
	type ResponsibilitySaved,
	type ResponsibilityTarget,
	type ResponsibilityView
} from '../contract/responsibility';
import type { SaveResponsibilityBody } from '../contract/responsibility-requests';
import type { Database, Transaction } from '../db/database';
import { formatLocalTime } from '../domain/routing/local-time';
import { AppError, NotFoundError } from '../errors';
import {
	buildCurrentResponsibilitiesQuery,
	CLOSE_RESPONSIBILITY_SQL,
	CURRENT_RESPONSIBILITY_SQL,
	INSERT_RESPONSIBILITY_SQL,
	REGISTERED_COUNT_SQL,
	RESPONSIBILITY_BY_ID_SQL,
	RESPONSIBILITY_HISTORY_SQL,
	SET_SCAN_SQL,
	TARGET_EXISTS_SQL,
	UPDATE_RESPONSIBILITY_SQL,
	type ResponsibilityFilters
} from '../queries/responsibilities';
import type { Actor } from './actor';
import { recordAudit } from './audit';

type Reader = Pick<Transaction, 'query'>;
type Lang = 'zh-CN' | 'en';

/** The row as a role may read it: the phone masked unless the role rings people. */
export function forViewer(row: ResponsibilityView, role: Role | 'system'): ResponsibilityView {
	const full = role === 'system' || (REGISTRY_PHONE_ROLES as readonly string[]).includes(role);
	return { ...row, phone: row.phone === null || full ? row.phone : maskPhone(row.phone) };
}

export async function listResponsibilities(
	db: Database,
	role: Role,
	filters: ResponsibilityFilters
): Promise<ResponsibilityList> {
	const q = buildCurrentResponsibilitiesQuery(filters);
	const rows = await db.query<ResponsibilityView & Record<string, unknown>>(q.sql, q.params);
	const [{ n }] = await db.query<{ n: number }>(REGISTERED_COUNT_SQL);
	return { rows: rows.map((r) => forViewer(r, role)), registered: n };
}

/** The name of a place, or a 404 worded in the request's language when SaniMap has none. */
export async function targetName(
	db: Reader,
	kind: ResponsibilityTarget,
	id: string,
	lang: Lang
): Promise<string> {
	const [hit] = await db.query<{ name: string }>(TARGET_EXISTS_SQL[kind], { id });
	if (!hit) {
		throw new NotFoundError(
			lang === 'en'
				? `no ${kind === 'zone' ? 'grid or area' : kind === 'frontage' ? 'frontage unit' : 'road'} ${quoteValue(id)}`
				: `没有编号为 ${quoteValue(id)} 的${kind === 'zone' ? '网格/片区' : kind === 'frontage' ? '门前三包单位' : '道路或路段'}`
		);
	}
	return hit.name;
}

export async function responsibilityHistory(
	db: Database,
	role: Role,
	kind: ResponsibilityTarget,
	target: string,
	lang: Lang
): Promise<ResponsibilityHistory> {
	const rows = await db.query<ResponsibilityView & Record<string, unknown>>(
		RESPONSIBILITY_HISTORY_SQL,
		{ kind, target }
	);
	const name = rows.length ? rows[0].targetName : await targetName(db, kind, target, lang);
	return {
		targetKind: kind,
		targetId: target,
		targetName: name,
		rows: rows.map((r) => forViewer(r, role))
	};
}

async function rowById(db: Reader, id: number): Promise<ResponsibilityView | undefined> {
	const [row] = await db.query<ResponsibilityView & Record<string, unknown>>(
		RESPONSIBILITY_BY_ID_SQL,
		{ id }
	);
	return row;
}

async function currentOf(
	db: Reader,
	kind: string,
	target: string
): Promise<ResponsibilityView | undefined> {
	const [row] = await db.query<ResponsibilityView & Record<string, unknown>>(
		CURRENT_RESPONSIBILITY_SQL,
		{ kind, target }
	);
	return row;
}

/** Inserts a registry row in `tx` (the import writes many in its own transaction). */
export async function insertResponsibility(
	tx: Transaction,
	body: SaveResponsibilityBody & { scanPhotoId?: string | null },
	at: string,
	changedBy: string
): Promise<number> {
	const [{ id }] = await tx.query<{ id: number }>(INSERT_RESPONSIBILITY_SQL, {
		targetKind: body.targetKind,
		targetId: body.targetId,
		person: body.person,
		username: body.username,
		phone: body.phone,
		unit: body.unit,
		pledgeType: body.pledgeType,
		signedOn: body.signedOn,
		termFrom: body.termFrom,
		termTo: body.termTo,
		targetOnTimePct: body.targetOnTimePct,
		targetScore: body.targetScore,
		scanPhotoId: body.scanPhotoId ?? null,
		validFrom: at,
		changedBy,
		note: body.note
	});
	return Number(id);
}

const norm = (s: string | null) => (s ?? '').trim();

/** Whether `body` names another holder than `row` (person, account or unit differ). */
export function isNewHolder(
	row: Pick<ResponsibilityView, 'person' | 'username' | 'unit'>,
	body: Pick<SaveResponsibilityBody, 'person' | 'username' | 'unit'>
): boolean {
	return (
		norm(row.person) !== norm(body.person) ||
		norm(row.username) !== norm(body.username) ||
		norm(row.unit) !== norm(body.unit)
	);
}

/** The registry fields of one place, from the API's body or a ledger row. */
export type RegistryInput = Omit<SaveResponsibilityBody, never>;

/**
 * Applies one place's registration inside `tx`: a first row (`created`), a new holder that
 * closes the current row at `at` and starts the next (`replaced`; the scan stays with the old
 * pledge), or an edit of the same holder's pledge, phone or targets in place (`updated`).
 */
export async function applyLedgerRow(
	tx: Transaction,
	body: RegistryInput,
	at: string,
	changedBy: string
): Promise<{
	change: ResponsibilitySaved['change'];
	id: number;
	before: ResponsibilityView | null;
}> {
	const before = (await currentOf(tx, body.targetKind, body.targetId)) ?? null;
	if (!before) {
		return { change: 'created', id: await insertResponsibility(tx, body, at, changedBy), before };
	}
	if (isNewHolder(before, body)) {
		await tx.run(CLOSE_RESPONSIBILITY_SQL, { id: before.id, at });
		return { change: 'replaced', id: await insertResponsibility(tx, body, at, changedBy), before };
	}
	await tx.run(UPDATE_RESPONSIBILITY_SQL, {
		id: before.id,
		phone: body.phone,
		pledgeType: body.pledgeType,
		signedOn: body.signedOn,
		termFrom: body.termFrom,
		termTo: body.termTo,
		targetOnTimePct: body.targetOnTimePct,
		targetScore: body.targetScore,
		changedBy,
		note: body.note
	});
	return { change: 'updated', id: before.id, before };
}

/** Sets who answers for one place (applyLedgerRow), in one transaction with its audit row. */
export async function saveResponsibility(
	db: Database,
	actor: Actor,
	body: SaveResponsibilityBody,
	now: Date,
	lang: Lang
): Promise<ResponsibilitySaved> {
	const at = formatLocalTime(now);
	return db.transaction(async (tx) => {
		await targetName(tx, body.targetKind, body.targetId, lang);
		const { change, id, before } = await applyLedgerRow(tx, body, at, actor.username);
		const row = (await rowById(tx, id))!;
		const write =
			change === 'created'
				? DATA_WRITES.responsibilityCreate
				: change === 'replaced'
					? DATA_WRITES.responsibilityReplace
					: DATA_WRITES.responsibilityUpdate;
		await recordAudit(tx, actor, {
			...write,
			entityId: `${body.targetKind}:${body.targetId}`,
			before,
			after: row
		});
		return { change, row };
	});
}

async function currentRowOr404(tx: Reader, id: number, lang: Lang): Promise<ResponsibilityView> {
	const row = await rowById(tx, id);
	if (!row) {
		throw new NotFoundError(lang === 'en' ? `no registry row ${id}` : `没有第 ${id} 条责任记录`);
	}
	if (row.validTo !== null) {
		throw new AppError(
			409,
			'ended',
			lang === 'en'
				? `registry row ${id} has already ended (${row.validTo}); edit the current one`
				: `第 ${id} 条责任记录已于 ${row.validTo} 终止，请修改当前记录`
		);
	}
	return row;
}

/** Ends a responsibility (the place has no keeper until the next is registered). */
export async function endResponsibility(
	db: Database,
	actor: Actor,
	id: number,
	note: string | null,
	now: Date,
	lang: Lang
): Promise<ResponsibilityView> {
	const at = formatLocalTime(now);
	return db.transaction(async (tx) => {
		const before = await currentRowOr404(tx, id, lang);
		await tx.run(CLOSE_RESPONSIBILITY_SQL, { id, at });
		if (note !== null) {
			await tx.run('UPDATE responsibilities SET note = $note WHERE id = $id', { id, note });
		}
		const after = (await rowById(tx, id))!;
		await recordAudit(tx, actor, {
			...DATA_WRITES.responsibilityEnd,
			entityId: `${before.targetKind}:${before.targetId}`,
			before,
			after
		});
		return after;
	});
}

/** Attaches the scanned pledge (a photo saved by services/photos.ts) to the current row. */
export async function attachScan(
	db: Database,
	actor: Actor,
	id: number,
	photoId: string,
	lang: Lang
): Promise<ResponsibilityView> {
	return db.transaction(async (tx) => {
		const before = await currentRowOr404(tx, id, lang);
		await tx.run(SET_SCAN_SQL, { id, photo: photoId, changedBy: actor.username });
		const after = (await rowById(tx, id))!;
		await recordAudit(tx, actor, {
			...DATA_WRITES.responsibilityScan,
			entityId: `${before.targetKind}:${before.targetId}`,
			before,
			after
		});
		return after;
	});
}
