/**
 * The demo town's 环卫考核 (issue 16 item 7): the 村街主干道 group, two years of inspections
 * scored by the formula, the story (a key road better after its contractor changed, a village
 * sliding) and a ledger that agrees with the reward rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedDeduction, RewardRule } from '../../../server/contract/assessment';
import type { Database } from '../../../server/db/database';
import { generateDemoTown } from '../../../server/demo-town';
import {
	CONTRACTOR_CHANGE,
	FALLING_VILLAGE,
	pickVillageMainRoads,
	planDemoAssessment,
	VILLAGE_GROUP,
	type GroupRef,
	villageTeam,
	type RegistryRow
} from '../../../server/demo-town/assessment';
import { KEY_GROUP } from '../../../server/demo-town/records';
import { applyRewardRules, type MonthScore } from '../../../server/domain/assessment/rewards';
import { inspectionScore } from '../../../server/domain/assessment/score';
import { createRng } from '../../../server/domain/random/seeded-random';
import { openStore } from '../../../server/ingest/open-store';
import { DEMO_GROUPS_SQL, DEMO_REGISTRY_SQL } from '../../../server/queries/demo-assessment';

let db: Database;
const T = (c: string) => `strftime(${c}, '%Y-%m-%dT%H:%M:%S')`;

beforeAll(async () => {
	db = (await openStore(':memory:', { demo: true })).db;
}, 180_000);
afterAll(async () => db?.close());

/** Mean score per month of the inspections `where` picks. */
async function monthMeans(where: string): Promise<Map<string, number>> {
	const rows = await db.query<{ month: string; mean: number }>(
		`SELECT strftime(inspected_at, '%Y-%m') AS month, avg(score) AS mean FROM inspections
		WHERE ${where} GROUP BY 1 ORDER BY 1`
	);
	return new Map(rows.map((r) => [r.month, r.mean]));
}
const meanOf = (m: Map<string, number>, months: string[]) =>
	months.reduce((s, k) => s + m.get(k)!, 0) / months.length;

describe('demo town 环卫考核', () => {
	it('has a second group, 村街主干道, of village main roads outside 十路一区, inspected monthly', async () => {
		const groups = await db.query<{ name: string; days: number; n: number }>(
			`SELECT g.name, g.inspect_every_days AS days, count(s.id)::INT AS n FROM key_groups g
			LEFT JOIN road_segments s ON s.key_group = g.name GROUP BY g.name, g.inspect_every_days, g.sort_order
			ORDER BY g.sort_order`
		);
		expect(groups.map((g) => [g.name, g.days])).toEqual([
			[KEY_GROUP, 7],
			[VILLAGE_GROUP, 30]
		]);
		expect(groups[1].n).toBeGreaterThan(10);
		// Every village has its main roads, and they are inspected in that village.
		const villages = await db.query<{ id: string; n: number }>(
			`SELECT z.id, count(i.id)::INT AS n FROM zones z LEFT JOIN inspections i
				ON i.community_id = z.id AND i.group_name = '${VILLAGE_GROUP}'
			WHERE z.kind = 'village' GROUP BY z.id`
		);
		expect(villages.length).toBeGreaterThan(3);
		for (const v of villages) expect(v.n, v.id).toBeGreaterThanOrEqual(24);
		const town = generateDemoTown(1);
		const key = new Set(town.roads.filter((r) => r.keyGroup).map((r) => r.id));
		for (const v of pickVillageMainRoads(town))
			for (const id of v.segmentIds) expect(key.has(id), id).toBe(false);
	});

	it('inspects every 十路一区 road weekly for two years, the key area and village roads monthly, the district quarterly', async () => {
		const rows = await db.query<{
			group: string;
			level: string;
			form: string;
			n: number;
			first: string;
			last: string;
		}>(
			`SELECT group_name AS "group", level, form, count(*)::INT AS n, ${T('min(inspected_at)')} AS first,
				${T('max(inspected_at)')} AS last
			FROM inspections GROUP BY ALL ORDER BY ALL`
		);
		const by = new Map(rows.map((r) => [`${r.group}|${r.level}|${r.form}`, r]));
		const roads = (
			await db.query<{ n: number }>(
				`SELECT count(DISTINCT road_id)::INT AS n FROM road_segments WHERE key_group = '${KEY_GROUP}'`
			)
		)[0].n;
		// 2024-01-01 is a Monday: 105 weeks reach 2025-12-31 (the last one cut at the clock).
		const weekly = by.get(`${KEY_GROUP}|town|section`)!;
		expect(weekly.n).toBeGreaterThanOrEqual(104 * roads);
		expect(weekly.n).toBeLessThanOrEqual(105 * roads);
		expect(weekly.first >= '2024-01-01').toBe(true);
		expect(weekly.last <= '2025-12-31T17:00:00').toBe(true);
		expect(by.get(`${KEY_GROUP}|town|area`)!.n).toBe(24);
		expect(by.get(`${KEY_GROUP}|district|section`)!.n).toBe(8 * 5);
		expect(by.get(`${VILLAGE_GROUP}|town|section`)!.n % 24).toBe(0);
		// Each road's weeks: one inspection a week, every week.
		const gaps = await db.query<{ road: string; weeks: number }>(
			`SELECT road_id AS road, count(DISTINCT date_trunc('week', inspected_at))::INT AS weeks
			FROM inspections WHERE group_name = '${KEY_GROUP}' AND level = 'town' AND form = 'section' GROUP BY 1`
		);
		for (const g of gaps) expect(g.weeks, g.road).toBeGreaterThanOrEqual(104);
	});

	it('stores every score as the formula gives it from the stored marks and deductions', async () => {
		const rows = await db.query<{
			id: string;
			form: 'section' | 'area';
			c1: number | null;
			c2: number | null;
			c3: number | null;
			c4: number | null;
			base: number;
			deducted: number;
			score: number;
			d: string | null;
		}>(
			`SELECT i.id, i.form, i.c1, i.c2, i.c3, i.c4, i.base_score AS base, i.deducted, i.score,
				to_json(list({'item': d.item, 'points': d.points, 'count': d.count} ORDER BY d.seq)
					FILTER (WHERE d.item IS NOT NULL))::VARCHAR AS d
			FROM inspections i LEFT JOIN inspection_deductions d ON d.inspection_id = i.id
			GROUP BY ALL`
		);
		expect(rows.length).toBeGreaterThan(1400);
		let withDeductions = 0;
		for (const r of rows) {
			const deductions = (r.d ? JSON.parse(r.d) : []) as RecordedDeduction[];
			if (deductions.length) withDeductions++;
			const marks = r.form === 'section' ? { c1: r.c1!, c2: r.c2!, c3: r.c3!, c4: r.c4! } : null;
			const s = inspectionScore(r.form, marks, deductions);
			expect([r.base, r.deducted, r.score], r.id).toEqual([s.base, s.deducted, s.score]);
		}
		expect(withDeductions / rows.length).toBeGreaterThan(0.3);
	});

	it('copies group, road, section, community, grid and cleaning unit into every inspection', async () => {
		const [missing] = await db.query<Record<string, number>>(
			`SELECT count(*) FILTER (WHERE group_id IS NULL OR group_name IS NULL)::INT AS "group",
				count(*) FILTER (WHERE form = 'section' AND (segment_id IS NULL OR road_id IS NULL OR road_name IS NULL
					OR section IS NULL OR from_m IS NULL OR to_m <= from_m OR zone_id IS NULL))::INT AS section,
				count(*) FILTER (WHERE community_id IS NULL)::INT AS community,
				count(*) FILTER (WHERE cleaning_unit IS NULL)::INT AS unit,
				count(*) FILTER (WHERE form = 'area' AND zone_id <> 'key-core')::INT AS area,
				count(*) FILTER (WHERE section <> segment_id || '#' || CAST(round(from_m / 300) AS INT))::INT AS ids
			FROM inspections`
		);
		expect(missing).toEqual({ group: 0, section: 0, community: 0, unit: 0, area: 0, ids: 0 });
		// A section's point lies on its segment's line (its midpoint), within the segment's box.
		const [off] = await db.query<{ n: number }>(
			`SELECT count(*)::INT AS n FROM inspections i JOIN road_segments s ON s.id = i.segment_id
			WHERE i.lng < s.minx - 1e-6 OR i.lng > s.maxx + 1e-6 OR i.lat < s.miny - 1e-6 OR i.lat > s.maxy + 1e-6`
		);
		expect(off.n).toBe(0);
	});

	it('shows one key road improving after its contractor changed, with the registry keeping the old contract', async () => {
		const registry = await db.query<{ unit: string; from: string; to: string | null }>(
			`SELECT r.unit, ${T('r.valid_from')} AS "from", ${T('r.valid_to')} AS "to" FROM responsibilities r
			WHERE r.target_kind = 'road' AND r.target_id = (SELECT min(road_id) FROM road_segments WHERE name = $name)
			ORDER BY r.valid_from`,
			{ name: CONTRACTOR_CHANGE.roadName }
		);
		expect(registry).toHaveLength(2);
		expect(registry[0]).toMatchObject({
			unit: CONTRACTOR_CHANGE.oldUnit,
			to: CONTRACTOR_CHANGE.at
		});
		expect(registry[1]).toMatchObject({ from: CONTRACTOR_CHANGE.at, to: null });
		const units = await db.query<{ unit: string; before: boolean }>(
			`SELECT DISTINCT cleaning_unit AS unit, inspected_at < TIMESTAMP '${CONTRACTOR_CHANGE.at}' AS before
			FROM inspections WHERE road_name = $name AND group_name = '${KEY_GROUP}' ORDER BY 2 DESC`,
			{ name: CONTRACTOR_CHANGE.roadName }
		);
		expect(units).toEqual([
			{ unit: CONTRACTOR_CHANGE.oldUnit, before: true },
			{ unit: registry[1].unit, before: false }
		]);
		const m = await monthMeans(
			`road_name = '${CONTRACTOR_CHANGE.roadName}' AND group_name = '${KEY_GROUP}'`
		);
		const before = ['2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10'];
		const last = ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12'];
		expect(meanOf(m, before)).toBeLessThan(78);
		expect(meanOf(m, last)).toBeGreaterThan(86);
	});

	it('shows one village falling behind over the last year, the rest steady', async () => {
		const [village] = await db.query<{ id: string }>(`SELECT id FROM zones WHERE name = $name`, {
			name: FALLING_VILLAGE.name
		});
		const m = await monthMeans(
			`group_name = '${VILLAGE_GROUP}' AND community_id = '${village.id}'`
		);
		const last = meanOf(m, ['2025-10', '2025-11', '2025-12']);
		const yearBefore = meanOf(m, ['2024-10', '2024-11', '2024-12']);
		expect(yearBefore - last).toBeGreaterThanOrEqual(10);
		// The other key roads and villages: a yearly mean between 84 and 93.
		const steady = await db.query<{ key: string; year: string; mean: number }>(
			`SELECT coalesce(road_name, 'area') || '@' || coalesce(community_id, '') AS key,
				strftime(inspected_at, '%Y') AS year, avg(score) AS mean
			FROM inspections WHERE level = 'town' AND road_name IS DISTINCT FROM $road
				AND NOT (group_name = '${VILLAGE_GROUP}' AND community_id = '${village.id}')
				AND (group_name = '${KEY_GROUP}' OR form = 'section')
			GROUP BY road_name, community_id, group_name, year HAVING count(*) >= 12`,
			{ road: CONTRACTOR_CHANGE.roadName }
		);
		expect(steady.length).toBeGreaterThan(20);
		for (const s of steady) {
			expect(s.mean, `${s.key} ${s.year}`).toBeGreaterThan(84);
			expect(s.mean, `${s.key} ${s.year}`).toBeLessThan(93);
		}
	});

	it('settles every finished month by the default rules, each line what the rules give', async () => {
		const rules = await db.query<RewardRule & Record<string, unknown>>(
			`SELECT id, name_zh AS "nameZh", name_en AS "nameEn", target, comparison, threshold, kind, amount, unit, active
			FROM reward_rules ORDER BY id`
		);
		expect(
			rules.map((r) => `${r.target} ${r.comparison} ${r.threshold} ${r.kind} ${r.amount} ${r.unit}`)
		).toEqual([
			'community >= 92 reward 1 points',
			'community < 80 penalty 2 points',
			'cleaning_unit >= 95 reward 300 yuan',
			'cleaning_unit < 80 penalty 500 yuan'
		]);
		const settled = await db.query<{ month: string }>(
			`SELECT DISTINCT month FROM reward_ledger ORDER BY 1`
		);
		expect(settled.at(-1)!.month).toBe('2025-11');
		expect(settled.length).toBeGreaterThan(15);
		let penalties = 0;
		for (let y = 2024, m = 1; y < 2025 || m <= 11; m === 12 ? (y++, (m = 1)) : m++) {
			const month = `${y}-${String(m).padStart(2, '0')}`;
			const means = await db.query<MonthScore & Record<string, unknown>>(
				`SELECT * FROM (
					SELECT 'cleaning_unit' AS target, cleaning_unit AS key, cleaning_unit AS name,
						round(avg(score), 2) AS score, count(*)::INT AS inspections
					FROM inspections WHERE strftime(inspected_at, '%Y-%m') = $month AND cleaning_unit IS NOT NULL GROUP BY cleaning_unit
					UNION ALL
					SELECT 'community', community_id, min(z.name), round(avg(score), 2), count(*)::INT
					FROM inspections i JOIN zones z ON z.id = i.community_id
					WHERE strftime(inspected_at, '%Y-%m') = $month GROUP BY community_id)
				ORDER BY target, key`,
				{ month }
			);
			const key = (l: {
				target: string;
				key: string;
				ruleId: string;
				amount: number;
				score: number;
			}) => `${l.target}|${l.key}|${l.ruleId}|${l.amount}|${l.score}`;
			const expected = applyRewardRules(means, rules).map(key).sort();
			const lines = await db.query<{
				target: string;
				key: string;
				ruleId: string;
				amount: number;
				score: number;
			}>(
				`SELECT target, target_key AS key, rule_id AS "ruleId", amount, score FROM reward_ledger WHERE month = $month`,
				{ month }
			);
			expect(lines.map(key).sort(), month).toEqual(expected);
			penalties += lines.filter((l) => l.ruleId === 'rr-demo-unit-low').length;
		}
		// The old contractor is fined month after month, the sliding village's team at the end.
		expect(penalties).toBeGreaterThanOrEqual(8);
		const [late] = await db.query<{ n: number }>(
			`SELECT count(*)::INT AS n FROM reward_ledger
			WHERE target_key IN ((SELECT id FROM zones WHERE name = $name), $team)
				AND month >= '2025-09' AND kind = 'penalty'`,
			{ name: FALLING_VILLAGE.name, team: villageTeam(FALLING_VILLAGE.name) }
		);
		expect(late.n).toBeGreaterThanOrEqual(2);
	});

	it('is the same plan for the same seed, and the stored rows are that plan', async () => {
		const town = generateDemoTown(1);
		const input = async () => ({
			town,
			villageRoads: pickVillageMainRoads(town),
			registry: await db.query<RegistryRow>(DEMO_REGISTRY_SQL),
			groups: await db.query<GroupRef>(DEMO_GROUPS_SQL),
			rng: createRng(1).fork('assessment')
		});
		const a = planDemoAssessment(await input());
		const b = planDemoAssessment(await input());
		expect(b).toEqual(a);
		const stored = await db.query<{ id: string; score: number; section: string | null }>(
			`SELECT id, score, section FROM inspections ORDER BY id`
		);
		const planned = a.inspections
			.map((i) => ({ id: i.id, score: i.score, section: i.section }))
			.sort((x, y) => (x.id < y.id ? -1 : 1));
		expect(stored).toEqual(planned);
	});
});
