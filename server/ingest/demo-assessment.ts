/**
 * Writes the demo town's 环卫考核 (issue 16 item 7) in the loader's transaction, after the
 * registry (demo-frontage.ts): the 村街主干道 members and group, their cleaning teams in the
 * registry, two years of inspections and deductions, the default reward rules and the
 * settled ledger. The plan is demo-town/assessment/ (pure).
 */
import type { Dataset } from '../contract/records';
import type { RewardRule } from '../contract/assessment';
import { appendRows, type ColumnSpec } from '../db/append';
import type { Transaction } from '../db/database';
import {
	DEMO_RULES_CREATED_AT,
	pickVillageMainRoads,
	planDemoAssessment,
	villageRoadRegistry,
	VILLAGE_GROUP,
	VILLAGE_GROUP_EVERY_DAYS,
	type DemoAssessment,
	type DemoDeduction,
	type DemoInspection,
	type DemoLedgerRow,
	type GroupRef,
	type RegistryRow,
	type VillageRoad
} from '../demo-town/assessment';
import { createRng } from '../domain/random/seeded-random';
import {
	CREATE_DEMO_RESPONSIBILITIES_SQL,
	MOVE_DEMO_RESPONSIBILITIES_SQL
} from '../queries/demo-frontage';
import {
	DEMO_GROUPS_SQL,
	DEMO_REGISTRY_SQL,
	SET_GROUP_CADENCE_SQL,
	joinVillageGroupSql
} from '../queries/demo-assessment';
import { ENSURE_KEY_GROUPS_SQL } from '../queries/key-groups';
import { responsibilityColumns } from './demo-frontage';

const inspectionColumns: ColumnSpec<DemoInspection>[] = [
	['id', 'text', (i) => i.id],
	['form', 'text', (i) => i.form],
	['level', 'text', (i) => i.level],
	['group_id', 'text', (i) => i.groupId],
	['group_name', 'text', (i) => i.groupName],
	['segment_id', 'text', (i) => i.segmentId],
	['road_id', 'text', (i) => i.roadId],
	['road_name', 'text', (i) => i.roadName],
	['from_m', 'double', (i) => i.fromM],
	['to_m', 'double', (i) => i.toM],
	['section', 'text', (i) => i.section],
	['zone_id', 'text', (i) => i.zoneId],
	['community_id', 'text', (i) => i.communityId],
	['cleaning_unit', 'text', (i) => i.cleaningUnit],
	['inspector', 'text', (i) => i.inspector],
	['inspected_at', 'text', (i) => i.inspectedAt],
	['c1', 'integer', (i) => i.marks?.c1 ?? null],
	['c2', 'integer', (i) => i.marks?.c2 ?? null],
	['c3', 'integer', (i) => i.marks?.c3 ?? null],
	['c4', 'integer', (i) => i.marks?.c4 ?? null],
	['base_score', 'double', (i) => i.base],
	['deducted', 'double', (i) => i.deducted],
	['score', 'double', (i) => i.score],
	['note', 'text', (i) => i.note],
	['lng', 'double', (i) => i.lng],
	['lat', 'double', (i) => i.lat],
	['idempotency_key', 'text', () => null],
	['created_at', 'text', (i) => i.inspectedAt]
];
const deductionColumns: ColumnSpec<DemoDeduction>[] = [
	['inspection_id', 'text', (d) => d.inspectionId],
	['seq', 'integer', (d) => d.seq],
	['item', 'text', (d) => d.item],
	['points', 'double', (d) => d.points],
	['count', 'integer', (d) => d.count],
	['note', 'text', () => null],
	['photo_ids', 'text', () => ''],
	['lng', 'double', () => null],
	['lat', 'double', () => null],
	['case_id', 'text', () => null]
];
const ruleColumns: ColumnSpec<RewardRule>[] = [
	['id', 'text', (r) => r.id],
	['name_zh', 'text', (r) => r.nameZh],
	['name_en', 'text', (r) => r.nameEn],
	['target', 'text', (r) => r.target],
	['comparison', 'text', (r) => r.comparison],
	['threshold', 'double', (r) => r.threshold],
	['kind', 'text', (r) => r.kind],
	['amount', 'double', (r) => r.amount],
	['unit', 'text', (r) => r.unit],
	['active', 'boolean', (r) => r.active],
	['created_at', 'text', () => DEMO_RULES_CREATED_AT],
	['updated_at', 'text', () => DEMO_RULES_CREATED_AT]
];
const ledgerColumns: ColumnSpec<DemoLedgerRow>[] = [
	['id', 'text', (l) => l.id],
	['month', 'text', (l) => l.month],
	['target', 'text', (l) => l.target],
	['target_key', 'text', (l) => l.key],
	['target_name', 'text', (l) => l.name],
	['score', 'double', (l) => l.score],
	['inspections', 'integer', (l) => l.inspections],
	['rule_id', 'text', (l) => l.ruleId],
	['kind', 'text', (l) => l.kind],
	['amount', 'double', (l) => l.amount],
	['unit', 'text', (l) => l.unit],
	['settled_by', 'text', (l) => l.settledBy],
	['settled_at', 'text', (l) => l.settledAt]
];

/** Plans and writes it all; returns the plan (tests read it). */
export async function seedDemoAssessment(
	tx: Transaction,
	town: Pick<Dataset, 'zones' | 'roads'>,
	options: { seed: number }
): Promise<DemoAssessment & { villageRoads: VillageRoad[] }> {
	const rng = createRng(options.seed).fork('assessment');
	const villageRoads = pickVillageMainRoads(town);
	await tx.run(joinVillageGroupSql(villageRoads.flatMap((v) => v.segmentIds)), {
		group: VILLAGE_GROUP
	});
	await tx.run(ENSURE_KEY_GROUPS_SQL);
	await tx.run(SET_GROUP_CADENCE_SQL, { group: VILLAGE_GROUP, days: VILLAGE_GROUP_EVERY_DAYS });
	await tx.run(CREATE_DEMO_RESPONSIBILITIES_SQL);
	await appendRows(
		tx.connection,
		'demo_responsibilities',
		responsibilityColumns,
		villageRoadRegistry(villageRoads, rng.fork('registry'))
	);
	for (const sql of MOVE_DEMO_RESPONSIBILITIES_SQL) await tx.run(sql);
	const plan = planDemoAssessment({
		town,
		villageRoads,
		registry: await tx.query<RegistryRow>(DEMO_REGISTRY_SQL),
		groups: await tx.query<GroupRef>(DEMO_GROUPS_SQL),
		rng
	});
	const con = tx.connection;
	await appendRows(con, 'inspections', inspectionColumns, plan.inspections);
	await appendRows(con, 'inspection_deductions', deductionColumns, plan.deductions);
	await appendRows(con, 'reward_rules', ruleColumns, plan.rules);
	await appendRows(con, 'reward_ledger', ledgerColumns, plan.ledger);
	return { ...plan, villageRoads };
}
