/**
 * Seeds the demo town's case loop (issue 14 item 12) in the loader's transaction: the plans
 * of demo-town/case-timelines.ts replace the synced cases' rows and history. Their photos are
 * drawn after start-up (demo-photos.ts).
 */
import { appendRows, type ColumnSpec } from '../db/append';
import type { Transaction } from '../db/database';
import {
	planDemoCases,
	type DemoCasePlan,
	type DemoCaseRow,
	type DemoHistoryRow
} from '../demo-town/case-timelines';
import { buildWorkingCalendar } from '../domain/calendar/working-calendar';
import { AS_OF_MIN } from '../demo-town/blind-spot-status';
import { isoDateTime } from '../demo-town/calendar';
import { createRng } from '../domain/random/seeded-random';
import {
	APPLY_DEMO_BLIND_SPOTS_SQL,
	APPLY_DEMO_CASES_SQL,
	CREATE_DEMO_TABLES_SQL,
	DEMO_AS_OF_SQL,
	DEMO_CASE_ROWS_SQL,
	DROP_DEMO_TABLES_SQL,
	MOVE_DEMO_HISTORY_SQL
} from '../queries/demo-cases';
import { shippedCalendarYears } from '../services/case-calendar';

type CaseColumns = ColumnSpec<DemoCasePlan>;
const caseColumns: CaseColumns[] = [
	['id', 'text', (p) => p.id],
	['status', 'text', (p) => p.status],
	['due_at', 'text', (p) => p.dueAt],
	['closed_at', 'text', (p) => p.closedAt],
	['reporter', 'text', (p) => p.reporter],
	['assignee', 'text', (p) => p.assignee],
	['assignee_unit', 'text', (p) => p.unit],
	['handled_by', 'text', (p) => p.handledBy],
	['handled_at', 'text', (p) => p.handledAt],
	['verified_by', 'text', (p) => p.verifiedBy],
	['rework_count', 'integer', (p) => p.reworkCount],
	['escalations', 'integer', (p) => p.escalations],
	['merged_into', 'text', (p) => p.mergedInto]
];
type Step = DemoHistoryRow & { caseId: string; seq: number };
const historyColumns: ColumnSpec<Step>[] = [
	['seq', 'integer', (h) => h.seq],
	['case_id', 'text', (h) => h.caseId],
	['occurred_at', 'text', (h) => h.at],
	['actor', 'text', (h) => h.by],
	['role', 'text', (h) => h.role],
	['action', 'text', (h) => h.action],
	['from_status', 'text', (h) => h.from],
	['to_status', 'text', (h) => h.to],
	['note', 'text', (h) => h.note]
];

export async function seedDemoCases(
	tx: Transaction,
	options: { seed: number }
): Promise<DemoCasePlan[]> {
	const rows = await tx.query<DemoCaseRow>(DEMO_CASE_ROWS_SQL);
	const calendar = buildWorkingCalendar([...shippedCalendarYears().values()]);
	const plans = planDemoCases(rows, createRng(options.seed).fork('cases'), calendar);
	await applyDemoCasePlans(tx, plans);
	await tx.run(DEMO_AS_OF_SQL, { day: isoDateTime(AS_OF_MIN).slice(0, 10) });
	return plans;
}

/**
 * Gives planned cases their state and replaces their synced history with the planned one:
 * the demo's cases here, and the 责令整改 cases of the demo's patrols (demo-frontage.ts).
 */
export async function applyDemoCasePlans(
	tx: Transaction,
	plans: readonly DemoCasePlan[]
): Promise<void> {
	let seq = 0;
	const steps = plans.flatMap((p) => p.history.map((h) => ({ ...h, caseId: p.id, seq: seq++ })));
	for (const sql of CREATE_DEMO_TABLES_SQL) await tx.run(sql);
	await appendRows(tx.connection, 'demo_case_plans', caseColumns, plans);
	await appendRows(tx.connection, 'demo_case_steps', historyColumns, steps);
	for (const sql of [APPLY_DEMO_BLIND_SPOTS_SQL, APPLY_DEMO_CASES_SQL, ...MOVE_DEMO_HISTORY_SQL])
		await tx.run(sql);
	for (const sql of DROP_DEMO_TABLES_SQL) await tx.run(sql);
}
