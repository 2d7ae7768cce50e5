/**
 * Keeps every blind spot a case (issue 14): a `cases` row beside each `blind_spots` row and a
 * history that ends in its status. Run by migration 5 over the rows of before, and after the
 * loader or an import appends or replaces blind spots (the appender writes blind_spots by
 * position, so the case columns live in their own table).
 */

/** The source code of a ledger's free-text source (`网格员巡查` → grid …); codes map to themselves. */
export const SOURCE_CODE_SQL = `CASE
	WHEN b.source IN ('grid', 'patrol', 'resident', 'inspection', 'import') THEN b.source
	WHEN b.source LIKE '%网格%' THEN 'grid'
	WHEN b.source LIKE '%巡查%' OR b.source LIKE '%巡逻%' OR lower(b.source) LIKE '%patrol%' THEN 'patrol'
	WHEN b.source LIKE '%市民%' OR b.source LIKE '%居民%' OR b.source LIKE '%投诉%' OR b.source LIKE '%12345%'
		OR b.source LIKE '%热线%' OR lower(b.source) LIKE '%resident%' THEN 'resident'
	WHEN b.source LIKE '%督查%' OR b.source LIKE '%检查%' OR b.source LIKE '%暗访%' OR b.source LIKE '%核查%'
		OR lower(b.source) LIKE '%inspect%' THEN 'inspection'
	ELSE 'import' END`;

/**
 * The three statements, in order: a `cases` row for each blind spot without one; a `report`
 * history row for each without history; a row named `action` where the status stored differs
 * from where the history ends (the status of before, or one a re-import set), dated at
 * closed_at for a closed case, at reported_at for one with no other history, else now. `by`
 * and `action` are code constants, never request text.
 */
export function caseSyncStatements(by: 'system:migration' | 'system:import', action: string) {
	const who = `'${by}'`;
	const what = `'${action.replace(/'/g, "''")}'`;
	return [
		`INSERT INTO cases (id, source_code, priority, reporter, assignee, assignee_unit, handled_by, handled_at,
			verified_by, rework_count, escalations, merged_into, alerted_deadline, idempotency_key)
		SELECT b.id, ${SOURCE_CODE_SQL}, 'normal', NULL, NULL, NULL, NULL,
			CASE WHEN b.status IN ('handled', 'closed') THEN coalesce(b.closed_at, b.reported_at) END,
			NULL, 0, 0, NULL, NULL, NULL
		FROM blind_spots b WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = b.id)`,
		`INSERT INTO case_history (case_id, occurred_at, actor, role, action, from_status, to_status, note)
		SELECT b.id, b.reported_at, ${who}, NULL, 'report', NULL, 'reported', b.source
		FROM blind_spots b WHERE NOT EXISTS (SELECT 1 FROM case_history h WHERE h.case_id = b.id)`,
		`INSERT INTO case_history (case_id, occurred_at, actor, role, action, from_status, to_status, note)
		SELECT b.id,
			CASE WHEN b.status = 'closed' AND b.closed_at IS NOT NULL THEN b.closed_at
				WHEN last.n = 1 THEN b.reported_at
				ELSE timezone('Asia/Shanghai', current_timestamp) END,
			${who}, NULL, ${what}, last.to_status, b.status, NULL
		FROM blind_spots b
		JOIN (SELECT case_id, arg_max(to_status, id) AS to_status, count(*) AS n FROM case_history GROUP BY case_id) last
			ON last.case_id = b.id
		WHERE last.to_status <> b.status`
	];
}
