/**
 * Writes the demo town's registry, 门前三包 ledger, three months of patrols and checks, the
 * 责令整改 cases they opened (with their referrals) and volunteer work (issue 15 item 7), in
 * the loader's transaction after the demo cases. The plan is demo-town/frontage/ (pure).
 */
import type { CaseStatus } from '../contract/case-states';
import type { Dataset } from '../contract/records';
import type { DemoCasePlan, DemoHistoryRow } from '../demo-town/case-timelines';
import {
	FRONTAGE_CASE_CATEGORY,
	FRONTAGE_ITEMS,
	REFERRAL_OUTCOME_NAMES,
	type ReferralOutcome
} from '../contract/frontage';
import { appendRows, type ColumnSpec } from '../db/append';
import type { Transaction } from '../db/database';
import { AS_OF_MIN } from '../demo-town/blind-spot-status';
import { isoDateTime } from '../demo-town/calendar';
import {
	planDemoFrontage,
	type DemoActivity,
	type DemoFrontage,
	type DemoResponsibility,
	type DemoUnit
} from '../demo-town/frontage';
import type {
	DemoCheck,
	DemoOrder,
	DemoPatrol,
	DemoTrackPoint
} from '../demo-town/frontage/patrol-days';
import { UNUSABLE_PASSWORD } from '../domain/accounts/passwords';
import { buildWorkingCalendar } from '../domain/calendar/working-calendar';
import { createPointEnricher } from '../domain/enrichment/point-enricher';
import { createRng } from '../domain/random/seeded-random';
import { formatLocalTime } from '../domain/routing/local-time';
import { DEMO_AREAS_SQL } from '../queries/demo-users';
import {
	CREATE_DEMO_RESPONSIBILITIES_SQL,
	MOVE_DEMO_RESPONSIBILITIES_SQL
} from '../queries/demo-frontage';
import { systemActor } from '../services/actor';
import { shippedCalendarYears } from '../services/case-calendar';
import { insertUser } from '../services/users';
import { applyDemoCasePlans } from './demo-cases';
import { blindSpotColumns } from './table-columns';
import { syncCases } from './sync-cases';

const unitColumns: ColumnSpec<DemoUnit>[] = [
	['id', 'text', (u) => u.id],
	['name', 'text', (u) => u.name],
	['category', 'text', (u) => u.category],
	['address', 'text', (u) => u.address],
	['contact_name', 'text', (u) => u.contactName],
	['contact_phone', 'text', (u) => u.contactPhone],
	['lng', 'double', (u) => u.lng],
	['lat', 'double', (u) => u.lat],
	['zone_id', 'text', (u) => u.zoneId],
	['grid_id', 'text', (u) => u.gridId],
	['segment_id', 'text', (u) => u.segmentId],
	['frontage', 'text', (u) => JSON.stringify(u.frontage)],
	['frontage_m', 'double', (u) => u.frontageM],
	['agreement_signed', 'boolean', (u) => u.agreementSigned],
	['agreement_signed_on', 'text', (u) => u.agreementSignedOn],
	['created_at', 'text', () => '2025-01-01T00:00:00'],
	['updated_at', 'text', () => '2025-01-01T00:00:00'],
	['retired_at', 'text', () => null]
];
const patrolColumns: ColumnSpec<DemoPatrol>[] = [
	['id', 'text', (p) => p.id],
	['username', 'text', (p) => p.username],
	['kind', 'text', () => 'frontage'],
	['started_at', 'text', (p) => p.startedAt],
	['ended_at', 'text', (p) => p.endedAt],
	['length_m', 'double', (p) => p.lengthM],
	['idempotency_key', 'text', () => null]
];
const pointColumns: ColumnSpec<DemoTrackPoint>[] = [
	['patrol_id', 'text', (p) => p.patrolId],
	['seq', 'integer', (p) => p.seq],
	['fixed_at', 'text', (p) => p.at],
	['lng', 'double', (p) => p.lng],
	['lat', 'double', (p) => p.lat],
	['accuracy_m', 'double', (p) => p.accuracyM]
];
const checkColumns: ColumnSpec<DemoCheck>[] = [
	['id', 'text', (c) => c.id],
	['unit_id', 'text', (c) => c.unitId],
	['patrol_id', 'text', (c) => c.patrolId],
	['checked_at', 'text', (c) => c.checkedAt],
	['checker', 'text', (c) => c.checker],
	['result', 'text', (c) => c.result],
	['failed_items', 'text', (c) => c.failedItems.join(',')],
	['measure', 'text', (c) => c.measure],
	['order_deadline', 'text', (c) => c.orderDeadline],
	['case_id', 'text', (c) => c.caseId],
	['note', 'text', () => null],
	['photo_ids', 'text', () => ''],
	['lng', 'double', (c) => c.lng],
	['lat', 'double', (c) => c.lat],
	['idempotency_key', 'text', () => null]
];
export const responsibilityColumns: ColumnSpec<DemoResponsibility>[] = [
	['target_kind', 'text', (r) => r.targetKind],
	['target_id', 'text', (r) => r.targetId],
	['person', 'text', (r) => r.person],
	['username', 'text', (r) => r.username],
	['phone', 'text', (r) => r.phone],
	['unit', 'text', (r) => r.unit],
	['pledge_type', 'text', (r) => r.pledgeType],
	['signed_on', 'text', (r) => r.signedOn],
	['term_from', 'text', (r) => r.termFrom],
	['term_to', 'text', (r) => r.termTo],
	['target_on_time_pct', 'double', (r) => r.targetOnTimePct],
	['target_score', 'double', (r) => r.targetScore],
	['valid_from', 'text', (r) => r.validFrom],
	['valid_to', 'text', (r) => r.validTo]
];
const activityColumns: ColumnSpec<DemoActivity>[] = [
	['id', 'text', (a) => a.id],
	['team', 'text', (a) => a.team],
	['kind', 'text', (a) => a.kind],
	['place', 'text', (a) => a.place],
	['held_on', 'text', (a) => a.heldOn],
	['people', 'integer', (a) => a.people],
	['zone_id', 'text', (a) => a.zoneId],
	['area', 'text', (a) => JSON.stringify(a.area)],
	['lng', 'double', (a) => a.lng],
	['lat', 'double', (a) => a.lat],
	['work', 'text', (a) => a.work],
	['photo_ids', 'text', () => ''],
	['created_by', 'text', () => 'system:demo'],
	['created_at', 'text', (a) => `${a.heldOn}T18:00:00`]
];
type Referral = { order: DemoOrder; sheetNo: string };
const referralColumns: ColumnSpec<Referral>[] = [
	['case_id', 'text', (r) => r.order.caseId],
	['sheet_no', 'text', (r) => r.sheetNo],
	['unit_id', 'text', (r) => r.order.unit.id],
	['referred_at', 'text', (r) => isoDateTime(r.order.referredMin!)],
	['outcome', 'text', (r) => r.order.outcome],
	['outcome_note', 'text', () => null],
	[
		'outcome_at',
		'text',
		(r) => (r.order.outcomeMin === null ? null : isoDateTime(r.order.outcomeMin))
	],
	['outcome_by', 'text', (r) => (r.order.outcomeMin === null ? null : 'demo-planner')]
];

const ITEM_ZH = new Map<string, string>(FRONTAGE_ITEMS.map((i) => [i.code, i.zh]));

/** Where a 责令整改 case stands by the demo's clock, and the history that led there. */
export function orderCasePlan(o: DemoOrder): DemoCasePlan {
	const at = isoDateTime;
	const status: CaseStatus =
		o.outcomeMin !== null
			? 'closed'
			: o.referredMin !== null
				? 'referred'
				: o.verifiedMin !== null
					? 'closed'
					: o.handledMin !== null
						? 'handled'
						: 'dispatched';
	const by = { by: o.assistant, role: 'patrol' };
	const history: DemoHistoryRow[] = [
		{
			...by,
			at: at(o.reportedMin),
			action: 'report',
			from: null,
			to: 'reported',
			note: '门前三包巡查发现'
		},
		{
			...by,
			at: at(o.reportedMin),
			action: 'dispatch',
			from: 'reported',
			to: 'dispatched',
			note: `责令整改，期限 ${at(o.dueMin).replace('T', ' ').slice(0, 16)}`
		}
	];
	if (o.handledMin !== null)
		history.push({
			...by,
			at: at(o.handledMin),
			action: 'handle',
			from: 'dispatched',
			to: 'handled',
			note: '复查已整改'
		});
	if (o.verifiedMin !== null)
		history.push({
			by: 'demo-inspector',
			role: 'inspector',
			at: at(o.verifiedMin),
			action: 'verify_pass',
			from: 'handled',
			to: 'closed',
			note: null
		});
	if (o.referredMin !== null)
		history.push({
			by: 'system',
			role: null,
			at: at(o.referredMin),
			action: 'refer',
			from: 'dispatched',
			to: 'referred',
			note: '逾期未整改，移交城管执法'
		});
	if (o.outcomeMin !== null)
		history.push({
			by: 'demo-planner',
			role: 'planner',
			at: at(o.outcomeMin),
			action: 'record_outcome',
			from: 'referred',
			to: 'closed',
			note: REFERRAL_OUTCOME_NAMES[o.outcome as ReferralOutcome].zh
		});
	return {
		id: o.caseId,
		status,
		dueAt: at(o.dueMin),
		closedAt: status === 'closed' ? at((o.outcomeMin ?? o.verifiedMin)!) : null,
		reporter: o.assistant,
		// The unit fixes its own frontage: its contact is the assignee.
		assignee: o.unit.contactName,
		unit: o.unit.name,
		handledBy: o.handledMin === null ? null : o.assistant,
		handledAt: o.handledMin === null ? null : at(o.handledMin),
		verifiedBy: o.verifiedMin === null ? null : 'demo-inspector',
		reworkCount: 0,
		escalations: 0,
		mergedInto: null,
		history
	};
}

/** Plans and writes it all; returns the plan (tests read its counts). */
export async function seedDemoFrontage(
	tx: Transaction,
	town: Pick<Dataset, 'zones' | 'roads' | 'meta'>,
	options: { seed: number }
): Promise<DemoFrontage> {
	const [area] = await tx.query<{ grid: string; community: string }>(DEMO_AREAS_SQL);
	const calendar = buildWorkingCalendar([...shippedCalendarYears().values()]);
	const plan = planDemoFrontage(
		town,
		area ?? null,
		calendar,
		AS_OF_MIN,
		createRng(options.seed).fork('frontage')
	);
	const con = tx.connection;
	const actor = systemActor('demo');
	const now = formatLocalTime(new Date());
	for (const a of plan.assistants.filter((a) => a.username !== 'demo-patrol'))
		await insertUser(
			tx,
			actor,
			{
				username: a.username,
				displayName: a.displayName,
				role: 'patrol',
				zones: a.zones,
				team: null,
				phone: null
			},
			UNUSABLE_PASSWORD,
			now
		);
	await appendRows(con, 'frontage_units', unitColumns, plan.units);
	await appendRows(con, 'patrols', patrolColumns, plan.patrols.patrols);
	await appendRows(con, 'patrol_points', pointColumns, plan.patrols.points);
	await appendRows(con, 'frontage_checks', checkColumns, plan.patrols.checks);
	await tx.run(CREATE_DEMO_RESPONSIBILITIES_SQL);
	await appendRows(con, 'demo_responsibilities', responsibilityColumns, plan.responsibilities);
	for (const sql of MOVE_DEMO_RESPONSIBILITIES_SQL) await tx.run(sql);
	await appendRows(con, 'volunteer_activities', activityColumns, plan.activities);
	await writeOrderCases(tx, town, plan.patrols.orders);
	return plan;
}

async function writeOrderCases(
	tx: Transaction,
	town: Pick<Dataset, 'zones' | 'roads'>,
	orders: readonly DemoOrder[]
) {
	const enrich = createPointEnricher(town.zones, town.roads);
	const plans = orders.map((o) => ({ o, plan: orderCasePlan(o) }));
	await appendRows(
		tx.connection,
		'blind_spots',
		blindSpotColumns,
		plans.map(({ o, plan }) => ({
			id: o.caseId,
			category: FRONTAGE_CASE_CATEGORY,
			description: `门前三包：${o.unit.name}（${o.unit.address}）${o.items.map((i) => ITEM_ZH.get(i)).join('、')}`,
			reportedAt: isoDateTime(o.reportedMin),
			source: 'patrol',
			status: plan.status,
			dueAt: plan.dueAt,
			closedAt: plan.closedAt,
			lng: o.unit.lng,
			lat: o.unit.lat,
			...enrich(o.unit.lng, o.unit.lat),
			recurrence: 0
		}))
	);
	await syncCases(tx);
	await applyDemoCasePlans(
		tx,
		plans.map((p) => p.plan)
	);
	// The case remembers the check it came from (case_links), and the referral its sheet.
	await tx.run(`INSERT INTO case_links (case_id, kind, ref, created_at)
		SELECT case_id, 'patrol_check', id, checked_at FROM frontage_checks WHERE case_id IS NOT NULL`);
	const referred = orders.filter((o) => o.referredMin !== null);
	const counters = new Map<string, number>();
	await appendRows(
		tx.connection,
		'referrals',
		referralColumns,
		referred.map((order) => {
			const year = isoDateTime(order.referredMin!).slice(0, 4);
			const n = (counters.get(year) ?? 0) + 1;
			counters.set(year, n);
			return { order, sheetNo: `YJ-${year}-${String(n).padStart(4, '0')}` };
		})
	);
}
