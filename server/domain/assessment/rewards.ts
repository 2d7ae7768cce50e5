/**
 * Rewards and penalties (奖惩, issue 16 item 3): each active rule an admin set is applied to a
 * month's mean score of every cleaning unit or community it targets. A unit may meet several
 * rules (a 500-yuan penalty below 80 and a further one below 60, say): each gives its own line.
 * A unit with no inspection that month gets nothing: no score is not a low score.
 */
import type { RewardRule, RewardTarget } from '../../contract/assessment';

export interface MonthScore {
	target: RewardTarget;
	/** The unit's name or the community's zone id. */
	key: string;
	name: string;
	/** Mean inspection score of the month. */
	score: number;
	inspections: number;
}

export interface LedgerLine extends MonthScore {
	ruleId: string;
	kind: RewardRule['kind'];
	amount: number;
	unit: RewardRule['unit'];
}

export function ruleMet(
	rule: Pick<RewardRule, 'comparison' | 'threshold'>,
	score: number
): boolean {
	return rule.comparison === '<' ? score < rule.threshold : score >= rule.threshold;
}

/** The month's ledger lines, in the order of the scores, then of the rules. */
export function applyRewardRules(
	scores: readonly MonthScore[],
	rules: readonly RewardRule[]
): LedgerLine[] {
	const lines: LedgerLine[] = [];
	for (const s of scores) {
		if (s.inspections === 0) continue;
		for (const rule of rules) {
			if (!rule.active || rule.target !== s.target || !ruleMet(rule, s.score)) continue;
			lines.push({ ...s, ruleId: rule.id, kind: rule.kind, amount: rule.amount, unit: rule.unit });
		}
	}
	return lines;
}
