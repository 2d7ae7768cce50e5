/**
 * The deduction catalogue (扣分项, issue 16 item 2): every signed-in role reads it, the admin
 * adds and edits items. An edit changes what new inspections take off; past inspections keep
 * the points stored on their deductions. Items are retired (active false), never deleted, so
 * old deductions keep their names.
 */
import type { DeductionItem } from '../contract/assessment';
import type {
	CreateDeductionItemBody,
	UpdateDeductionItemBody
} from '../contract/inspection-requests';
import type { Database, Transaction } from '../db/database';
import { AppError, BadRequestError, NotFoundError } from '../errors';
import {
	CATEGORY_EXISTS_SQL,
	DEDUCTION_ITEM_SQL,
	INSERT_DEDUCTION_ITEM_SQL,
	UPDATE_DEDUCTION_ITEM_SQL
} from '../queries/inspections';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import { loadDeductionItems } from './inspections';

type Reader = Pick<Transaction, 'query'>;

export async function listDeductionItems(db: Reader): Promise<{ items: DeductionItem[] }> {
	return { items: await loadDeductionItems(db) };
}

async function readItem(db: Reader, code: string): Promise<DeductionItem | null> {
	const [row] = await db.query<DeductionItem & Record<string, unknown>>(DEDUCTION_ITEM_SQL, {
		code
	});
	return row ?? null;
}

async function assertCategory(db: Reader, code: string | null): Promise<void> {
	if (code === null) return;
	const [hit] = await db.query(CATEGORY_EXISTS_SQL, { code });
	if (!hit) {
		const message = `没有这个案件类别 (caseCategory: unknown code ${code})`;
		throw new BadRequestError(message, { issues: [{ parameter: 'caseCategory', message }] });
	}
}

export async function createDeductionItem(
	db: Database,
	actor: Actor,
	body: CreateDeductionItemBody
): Promise<DeductionItem> {
	return db.transaction(async (tx) => {
		if (await readItem(tx, body.code)) {
			throw new AppError(409, 'duplicate', `扣分项代码 ${body.code} 已存在 (code already used)`);
		}
		await assertCategory(tx, body.caseCategory);
		await tx.run(INSERT_DEDUCTION_ITEM_SQL, { ...body, sortOrder: body.sortOrder ?? null });
		const after = (await readItem(tx, body.code))!;
		await recordAudit(tx, actor, {
			action: 'deduction_item.create',
			entity: 'deduction_item',
			entityId: body.code,
			after
		});
		return after;
	});
}

export async function updateDeductionItem(
	db: Database,
	actor: Actor,
	code: string,
	body: UpdateDeductionItemBody
): Promise<DeductionItem> {
	return db.transaction(async (tx) => {
		const before = await readItem(tx, code);
		if (!before) throw new NotFoundError(`没有这个扣分项 (no deduction item ${code})`);
		const next: DeductionItem = {
			...before,
			...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined))
		};
		await assertCategory(tx, next.caseCategory);
		await tx.run(UPDATE_DEDUCTION_ITEM_SQL, { ...next });
		const after = (await readItem(tx, code))!;
		await recordAudit(tx, actor, {
			action: 'deduction_item.update',
			entity: 'deduction_item',
			entityId: code,
			before,
			after
		});
		return after;
	});
}
