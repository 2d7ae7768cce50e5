/**
 * SQL of the referral to the 城管执法大队 (issue 15 item 3): the lapse watch's query, the
 * referral rows and what the printed 移交单 reads of the frontage ledger.
 */
import { FRONTAGE_CASE_CATEGORY, REPEAT_WINDOW_DAYS } from '../contract/frontage';

const T = (column: string) => `strftime(${column}, '%Y-%m-%dT%H:%M:%S')`;

/** Statuses in which a 责令整改 is still unfixed: not yet reported handled (待核查). */
export const LAPSABLE_STATUSES = ['accepted', 'dispatched', 'processing'] as const;

/**
 * Cases opened by a 责令整改 (a check with measure `order` naming the case) whose deadline has
 * passed at `$now` while the case is still unfixed, and that have no referral yet.
 */
export const LAPSED_ORDERS_SQL = `SELECT b.id, min(fc.unit_id) AS unit_id
	FROM blind_spots b JOIN frontage_checks fc ON fc.case_id = b.id AND fc.measure = 'order'
	WHERE b.category = '${FRONTAGE_CASE_CATEGORY}'
	AND b.status IN (${LAPSABLE_STATUSES.map((s) => `'${s}'`).join(', ')})
	AND b.due_at < CAST($now AS TIMESTAMP)
	AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.case_id = b.id)
	GROUP BY b.id ORDER BY min(b.due_at), b.id`;

/** The unit a case was ordered against (the latest order naming it, else any check). */
export const UNIT_OF_CASE_SQL = `SELECT unit_id FROM frontage_checks WHERE case_id = $id
	ORDER BY CASE WHEN measure = 'order' THEN 0 ELSE 1 END, checked_at DESC LIMIT 1`;

/** The next number of a year's sheets: `$prefix` is `YJ-2026-`. */
export const NEXT_SHEET_SQL = `SELECT coalesce(max(CAST(substr(sheet_no, length($prefix) + 1) AS INTEGER)), 0) + 1 AS n
	FROM referrals WHERE starts_with(sheet_no, $prefix)`;

export const INSERT_REFERRAL_SQL = `INSERT INTO referrals (case_id, sheet_no, unit_id, referred_at)
	VALUES ($caseId, $sheetNo, $unitId, CAST($at AS TIMESTAMP))`;

export const RECORD_OUTCOME_SQL = `UPDATE referrals SET outcome = $outcome, outcome_note = $note,
	outcome_at = CAST($at AS TIMESTAMP), outcome_by = $by WHERE case_id = $id`;

export const REFERRAL_SQL = `SELECT case_id, sheet_no, unit_id, ${T('referred_at')} AS referred_at,
	outcome, outcome_note, ${T('outcome_at')} AS outcome_at, outcome_by
	FROM referrals WHERE case_id = $id`;

export const REFERRAL_UNIT_SQL = `SELECT u.id, u.name, u.category, u.address, u.contact_name, u.contact_phone,
	u.zone_id, z.name AS zone_name, u.agreement_signed, strftime(u.agreement_signed_on, '%Y-%m-%d') AS agreement_signed_on
	FROM frontage_units u LEFT JOIN zones z ON z.id = u.zone_id WHERE u.id = $id`;

/**
 * The unit's failed checks in the REPEAT_WINDOW_DAYS up to the referral, and every check that
 * names the case (the order itself), oldest first.
 */
export const REFERRAL_CHECKS_SQL = `SELECT fc.id, ${T('fc.checked_at')} AS checked_at, fc.checker,
	u.display_name AS checker_name, fc.failed_items, fc.note, fc.photo_ids, fc.measure,
	${T('fc.order_deadline')} AS order_deadline, fc.case_id
	FROM frontage_checks fc LEFT JOIN users u ON u.username = fc.checker
	WHERE fc.unit_id = $unitId AND (fc.case_id = $caseId OR (fc.result = 'fail'
		AND fc.checked_at >= CAST($at AS TIMESTAMP) - INTERVAL ${REPEAT_WINDOW_DAYS} DAY
		AND fc.checked_at <= CAST($at AS TIMESTAMP)))
	ORDER BY fc.checked_at, fc.id`;

export const DISPLAY_NAME_SQL = `SELECT display_name FROM users WHERE username = $username`;
