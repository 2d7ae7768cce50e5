/**
 * What the audit log names each data write (issue 13): dotted actions, entity first, and the
 * entity each touches. Account writes (user.*, token.*, session sign-ins) are named where the
 * accounts are written. Zod-free, so the web's /admin/audit filters may list these values.
 */
export const DATA_WRITES = {
	importCommit: { action: 'import.commit', entity: 'import' },
	campaignCreate: { action: 'campaign.create', entity: 'campaign' },
	campaignUpdate: { action: 'campaign.update', entity: 'campaign' },
	thresholdsUpdate: { action: 'thresholds.update', entity: 'control_thresholds' },
	surveyMethodUpdate: { action: 'survey_method.update', entity: 'survey_method' },
	planCreate: { action: 'plan.create', entity: 'route_plan' },
	planUpdate: { action: 'plan.update', entity: 'route_plan' },
	stopVisit: { action: 'stop.visit', entity: 'route_stop' },
	// Issue 15 item 5 (coverage lane).
	volunteerActivityCreate: { action: 'volunteer_activity.create', entity: 'volunteer_activity' },
	frontageCreate: { action: 'frontage.create', entity: 'frontage_unit' },
	frontageUpdate: { action: 'frontage.update', entity: 'frontage_unit' },
	frontageRetire: { action: 'frontage.retire', entity: 'frontage_unit' },
	// Issue 15 item 1: the responsibility registry.
	responsibilityCreate: { action: 'responsibility.create', entity: 'responsibility' },
	responsibilityReplace: { action: 'responsibility.replace', entity: 'responsibility' },
	responsibilityUpdate: { action: 'responsibility.update', entity: 'responsibility' },
	responsibilityEnd: { action: 'responsibility.end', entity: 'responsibility' },
	responsibilityScan: { action: 'responsibility.scan', entity: 'responsibility' },
	// Issue 16 lane D: 创建卫生单位 titles and assessments.
	sanitaryUnitUpdate: { action: 'sanitary_unit.update', entity: 'sanitary_unit' },
	sanitaryAssessmentCreate: { action: 'sanitary_assessment.create', entity: 'sanitary_unit' },

	// Issue 16 lane C: reward rules and the month's settled rewards-and-penalties ledger.
	rewardRuleCreate: { action: 'reward_rule.create', entity: 'reward_rule' },
	rewardRuleUpdate: { action: 'reward_rule.update', entity: 'reward_rule' },
	ledgerSettle: { action: 'reward_ledger.settle', entity: 'reward_ledger' },

	// Issue 16 lane A: key groups.
	keyGroupCreate: { action: 'key_group.create', entity: 'key_group' },
	keyGroupUpdate: { action: 'key_group.update', entity: 'key_group' },
	keyGroupDelete: { action: 'key_group.delete', entity: 'key_group' },

	// Issue 17 lane A: sample minimums per method.
	sampleMinimumsUpdate: { action: 'sample_minimums.update', entity: 'sample_minimums' },

	// Issue 17 lane E: campaigns as plans (phases and the targets they cover).
	campaignPhaseCreate: { action: 'campaign_phase.create', entity: 'campaign' },
	campaignPhaseUpdate: { action: 'campaign_phase.update', entity: 'campaign' },
	campaignPhaseDelete: { action: 'campaign_phase.delete', entity: 'campaign' },
	campaignTargetsAdd: { action: 'campaign_targets.add', entity: 'campaign' },
	campaignTargetsUpdate: { action: 'campaign_targets.update', entity: 'campaign' },
	campaignTargetsRemove: { action: 'campaign_targets.remove', entity: 'campaign' },

	// Issue 17 lane D: control facilities, their inspections, standing targets.
	facilityCreate: { action: 'facility.create', entity: 'facility' },
	facilityUpdate: { action: 'facility.update', entity: 'facility' },
	facilityInspect: { action: 'facility.inspect', entity: 'facility' },
	standingTargetCreate: { action: 'standing_target.create', entity: 'standing_target' },
	standingTargetUpdate: { action: 'standing_target.update', entity: 'standing_target' },
	standingTargetRetire: { action: 'standing_target.retire', entity: 'standing_target' }
} as const satisfies Record<string, { action: string; entity: string }>;

export type DataWrite = (typeof DATA_WRITES)[keyof typeof DATA_WRITES];
