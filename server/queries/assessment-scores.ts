/**
 * SQL of the 环卫考核 rankings and ledger (issue 16 item 3, lane C). Inspections keep copies
 * of what they were about (group, road, cleaning unit, community, section), so every
 * dimension groups on the inspection's own columns: a later change of contractor or of a
 * group's members does not move past scores. `inspected_at` is Asia/Shanghai wall time, so a
 * period is a plain range of local dates.
 */
import type { ScoreDimension } from '../contract/assessment-scores';

/** The key and the display name of each dimension, over `inspections i` joined to `zones z`. */
const KEYS: Record<ScoreDimension, { key: string; name: string }> = {
	// A section is its segment and where it starts along it (sections.ts cuts them).
	section: {
		key: `CASE WHEN i.segment_id IS NOT NULL AND i.from_m IS NOT NULL
			THEN i.segment_id || '@' || CAST(round(i.from_m) AS BIGINT) END`,
		name: `coalesce(i.road_name, i.segment_id) || ' ' || CAST(round(i.from_m) AS BIGINT) || '–'
			|| coalesce(CAST(CAST(round(i.to_m) AS BIGINT) AS VARCHAR), '') || ' m'`
	},
	road: { key: 'coalesce(i.road_id, i.road_name)', name: 'coalesce(i.road_name, i.road_id)' },
	unit: { key: 'i.cleaning_unit', name: 'i.cleaning_unit' },
	community: { key: 'i.community_id', name: 'coalesce(z.name, i.community_id)' },
	group: { key: 'i.group_name', name: 'i.group_name' }
};

/**
 * Mean, count, deductions and lowest score per key of one dimension, inspected in
 * [$from, $until) at `$level` ('all' for both). The name is the latest inspection's.
 */
export function scoresSql(by: ScoreDimension): string {
	const { key, name } = KEYS[by];
	return `WITH d AS (
	SELECT inspection_id, sum(count) AS n FROM inspection_deductions GROUP BY inspection_id
), i AS (
	SELECT ${key} AS key, ${name} AS name, i.score, i.inspected_at, coalesce(d.n, 0) AS deductions
	FROM inspections i
	LEFT JOIN d ON d.inspection_id = i.id
	LEFT JOIN zones z ON z.id = i.community_id
	WHERE i.inspected_at >= CAST($from AS TIMESTAMP) AND i.inspected_at < CAST($until AS TIMESTAMP)
		AND ($level = 'all' OR i.level = $level)
)
SELECT key, arg_max(name, inspected_at) AS name, avg(score) AS score, count(*)::INTEGER AS inspections,
	sum(deductions)::INTEGER AS deductions, min(score) AS min
FROM i WHERE key IS NOT NULL GROUP BY key`;
}

export interface ScoreAggregate {
	key: string;
	name: string | null;
	score: number;
	inspections: number;
	deductions: number;
	min: number;
}

export const REWARD_RULES_SQL = `SELECT id, name_zh AS "nameZh", name_en AS "nameEn", target, comparison,
	threshold, kind, amount, unit, active
FROM reward_rules ORDER BY target, kind, comparison, threshold, created_at, id`;

export const REWARD_RULE_SQL = `SELECT id, name_zh AS "nameZh", name_en AS "nameEn", target, comparison,
	threshold, kind, amount, unit, active
FROM reward_rules WHERE id = $id`;

export const INSERT_REWARD_RULE_SQL = `INSERT INTO reward_rules (id, name_zh, name_en, target, comparison,
	threshold, kind, amount, unit, active, created_at, updated_at)
VALUES ($id, $nameZh, $nameEn, $target, $comparison, $threshold, $kind, $amount, $unit, $active,
	CAST($at AS TIMESTAMP), CAST($at AS TIMESTAMP))`;

export const UPDATE_REWARD_RULE_SQL = `UPDATE reward_rules SET name_zh = $nameZh, name_en = $nameEn,
	target = $target, comparison = $comparison, threshold = $threshold, kind = $kind, amount = $amount,
	unit = $unit, active = $active, updated_at = CAST($at AS TIMESTAMP)
WHERE id = $id`;

/** The settled lines of a month, in ledger order, with the rule's current name. */
export const LEDGER_SQL = `SELECT l.target, l.target_key AS "targetKey", l.target_name AS "targetName",
	l.score, l.inspections, l.rule_id AS "ruleId", r.name_zh AS "ruleNameZh", r.name_en AS "ruleNameEn",
	l.kind, l.amount, l.unit, l.settled_by AS "settledBy", strftime(l.settled_at, '%Y-%m-%dT%H:%M:%S') AS "settledAt"
FROM reward_ledger l LEFT JOIN reward_rules r ON r.id = l.rule_id
WHERE l.month = $month ORDER BY l.id`;

export const LEDGER_COUNT_SQL = `SELECT count(*)::INTEGER AS n FROM reward_ledger WHERE month = $month`;

export const INSERT_LEDGER_SQL = `INSERT INTO reward_ledger (id, month, target, target_key, target_name,
	score, inspections, rule_id, kind, amount, unit, settled_by, settled_at)
VALUES ($id, $month, $target, $targetKey, $targetName, $score, $inspections, $ruleId, $kind, $amount,
	$unit, $settledBy, CAST($settledAt AS TIMESTAMP))`;
