import { describe, expect, it } from 'vitest';
import type { RewardRule } from '../../../../server/contract/assessment';
import { applyRewardRules, type MonthScore } from '../../../../server/domain/assessment/rewards';

const rule = (over: Partial<RewardRule>): RewardRule => ({
	id: 'r',
	nameZh: '',
	nameEn: '',
	target: 'cleaning_unit',
	comparison: '<',
	threshold: 80,
	kind: 'penalty',
	amount: 500,
	unit: 'yuan',
	active: true,
	...over
});
const unit = (key: string, score: number, inspections = 4): MonthScore => ({
	target: 'cleaning_unit',
	key,
	name: key,
	score,
	inspections
});

describe('rewards and penalties', () => {
	const rules = [
		rule({ id: 'below80' }),
		rule({ id: 'below60', threshold: 60, amount: 1000 }),
		rule({ id: 'atleast95', comparison: '>=', threshold: 95, kind: 'reward', amount: 300 }),
		rule({ id: 'village', target: 'community', threshold: 85, unit: 'points', amount: 2 })
	];

	it('applies each rule a month score meets, at its threshold exactly as written', () => {
		const lines = applyRewardRules(
			[unit('甲', 79.9), unit('乙', 80), unit('丙', 55), unit('丁', 95)],
			rules
		);
		// 79.9 < 80: penalty; 80 is not below 80; 55 meets both penalties; 95 ≥ 95: reward.
		expect(lines.map((l) => [l.key, l.ruleId, l.amount])).toEqual([
			['甲', 'below80', 500],
			['丙', 'below80', 500],
			['丙', 'below60', 1000],
			['丁', 'atleast95', 300]
		]);
	});

	it('leaves out inactive rules, other targets and units with no inspection', () => {
		const lines = applyRewardRules(
			[unit('甲', 10, 0), { ...unit('西村', 70), target: 'community' }],
			[...rules, rule({ id: 'off', active: false, threshold: 100 })]
		);
		expect(lines.map((l) => [l.key, l.ruleId, l.unit])).toEqual([['西村', 'village', 'points']]);
	});
});
