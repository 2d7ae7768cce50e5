/**
 * The referral to the 城管执法大队 (issue 15 item 3): the referral row a `refer` writes (with its
 * sheet number, counted per year), the brigade's outcome a `record_outcome` writes, and the
 * printed 移交单 (`GET /api/referrals/{caseId}`): the unit, its violations with dates, items and
 * photos, the orders given, the assistant who gave the lapsed order.
 */
import { maskPhone, PHONE_VISIBLE_ROLES } from '../contract/accounts';
import {
	FRONTAGE_ITEM_CODES,
	REFERRAL_SHEET_PREFIX,
	type CheckMeasure,
	type FrontageCategory,
	type FrontageItem,
	type ReferralOutcome,
	type ReferralSheetView,
	type ReferralViolationView
} from '../contract/frontage';
import type { Database, Transaction } from '../db/database';
import { NotFoundError } from '../errors';
import { quoteValue } from '../contract/quote';
import {
	INSERT_REFERRAL_SQL,
	NEXT_SHEET_SQL,
	RECORD_OUTCOME_SQL,
	REFERRAL_CHECKS_SQL,
	REFERRAL_SQL,
	REFERRAL_UNIT_SQL,
	UNIT_OF_CASE_SQL
} from '../queries/referrals';
import { MARK_ALERTED_SQL } from '../queries/cases';
import type { Actor } from './actor';
import { loadCaseRow } from './cases';

type Reader = Pick<Transaction, 'query'>;

/** `YJ-2026-0007`. */
export const sheetNumber = (year: string, n: number) =>
	`${REFERRAL_SHEET_PREFIX}-${year}-${String(n).padStart(4, '0')}`;

/**
 * Inside the `refer` write: the referral row with the year's next sheet number, and the case's
 * overdue episode marked alerted (the referral is its alert; the generic 超期提醒 stays quiet).
 * Returns the sheet number.
 */
export async function insertReferral(
	tx: Transaction,
	caseId: string,
	at: string,
	deadline: string | null,
	unitId?: string | null
): Promise<string> {
	const year = at.slice(0, 4);
	const [{ n }] = await tx.query<{ n: number }>(NEXT_SHEET_SQL, {
		prefix: `${REFERRAL_SHEET_PREFIX}-${year}-`
	});
	const sheetNo = sheetNumber(year, Number(n));
	const unit =
		unitId !== undefined
			? unitId
			: ((await tx.query<{ unit_id: string }>(UNIT_OF_CASE_SQL, { id: caseId }))[0]?.unit_id ??
				null);
	await tx.run(INSERT_REFERRAL_SQL, { caseId, sheetNo, unitId: unit, at });
	if (deadline) await tx.run(MARK_ALERTED_SQL, { id: caseId, deadline });
	return sheetNo;
}

/** Inside the `record_outcome` write: the brigade's answer on the referral row. */
export async function recordReferralOutcome(
	tx: Transaction,
	caseId: string,
	outcome: ReferralOutcome,
	note: string | null,
	at: string,
	by: string
): Promise<void> {
	await tx.run(RECORD_OUTCOME_SQL, { id: caseId, outcome, note, at, by });
}

const listOf = (text: string | null) => (text ? text.split(',').filter(Boolean) : []);

/** Masked like the accounts' phones: `王*`, `欧阳**`. */
export const maskName = (name: string) =>
	name.length <= 1 ? name : name[0] + '*'.repeat(name.length - 1);

/** `GET /api/referrals/{caseId}`: 404 without a referral; area-bound roles see their zones. */
export async function readReferralSheet(
	db: Database,
	actor: Actor,
	caseId: string
): Promise<ReferralSheetView> {
	const row = await loadCaseRow(db, caseId, actor);
	const [ref] = await db.query<{
		case_id: string;
		sheet_no: string;
		unit_id: string | null;
		referred_at: string;
		outcome: ReferralOutcome | null;
		outcome_note: string | null;
		outcome_at: string | null;
		outcome_by: string | null;
	}>(REFERRAL_SQL, { id: caseId });
	if (!ref) throw new NotFoundError(`case ${quoteValue(caseId)} has not been referred (no 移交单)`);
	const full = PHONE_VISIBLE_ROLES.includes(actor.role);
	const [unit] = ref.unit_id
		? await db.query<{
				id: string;
				name: string;
				category: FrontageCategory;
				address: string | null;
				contact_name: string | null;
				contact_phone: string | null;
				zone_id: string | null;
				zone_name: string | null;
				agreement_signed: boolean;
				agreement_signed_on: string | null;
			}>(REFERRAL_UNIT_SQL, { id: ref.unit_id })
		: [];
	const checks = ref.unit_id ? await readChecks(db, ref.unit_id, caseId, ref.referred_at) : [];
	const order = [...checks].reverse().find((c) => c.isReferredOrder && c.measure === 'order');
	const [town] = await db.query<{ value: string }>(
		"SELECT value FROM dataset_meta WHERE key = 'name'"
	);
	return {
		sheetNo: ref.sheet_no,
		caseId,
		referredAt: ref.referred_at,
		deadline: row.deadline,
		issuer: town?.value ?? '',
		unit: unit
			? {
					id: unit.id,
					name: unit.name,
					category: unit.category,
					address: unit.address,
					contactName: unit.contact_name && !full ? maskName(unit.contact_name) : unit.contact_name,
					contactPhone:
						unit.contact_phone && !full ? maskPhone(unit.contact_phone) : unit.contact_phone,
					zoneId: unit.zone_id,
					zoneName: unit.zone_name,
					agreementSigned: unit.agreement_signed,
					agreementSignedOn: unit.agreement_signed_on
				}
			: null,
		violations: checks,
		assistant: order ? { username: order.checker, name: order.checkerName } : null,
		outcome: ref.outcome,
		outcomeNote: ref.outcome_note,
		outcomeAt: ref.outcome_at,
		outcomeBy: ref.outcome_by
	};
}

async function readChecks(
	db: Reader,
	unitId: string,
	caseId: string,
	at: string
): Promise<ReferralViolationView[]> {
	const rows = await db.query<{
		id: string;
		checked_at: string;
		checker: string;
		checker_name: string | null;
		failed_items: string;
		note: string | null;
		photo_ids: string;
		measure: CheckMeasure | null;
		order_deadline: string | null;
		case_id: string | null;
	}>(REFERRAL_CHECKS_SQL, { unitId, caseId, at });
	return rows.map((r) => ({
		checkId: r.id,
		checkedAt: r.checked_at,
		checker: r.checker,
		checkerName: r.checker_name,
		failedItems: listOf(r.failed_items).filter((c): c is FrontageItem =>
			(FRONTAGE_ITEM_CODES as readonly string[]).includes(c)
		),
		note: r.note,
		photoIds: listOf(r.photo_ids),
		measure: r.measure,
		orderDeadline: r.order_deadline,
		isReferredOrder: r.case_id === caseId
	}));
}
