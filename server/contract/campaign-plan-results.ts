/** Campaign plans (issue 17 part 6): what `/api/campaigns/:id` answers. Zod-free for the web. */
import type { RoundEffect } from './comparison';
import type { Pest } from './records';

/** Most targets one campaign holds, and most ids one write may name. */
export const MAX_CAMPAIGN_TARGETS = 2_000;
export const MAX_CAMPAIGN_TARGET_IDS = 2_000;

/** Name templates a clerk picks from (the 爱卫办 calendar); any other name is allowed. */
export const CAMPAIGN_NAME_TEMPLATES = [
	'春秋季统一行动',
	'夏季除害',
	'秋季灭蚊',
	'冬季灭蝇灭蟑周'
] as const;

export type CampaignStatus = 'upcoming' | 'running' | 'ended';

/** 未开始 before its first day, 进行中 from the first to the last day, 已结束 after. */
export function campaignStatus(from: string, to: string, today: string): CampaignStatus {
	return today < from ? 'upcoming' : today > to ? 'ended' : 'running';
}

export interface CampaignPhase {
	id: string;
	name: string;
	from: string;
	to: string;
}

/** A target as the campaign snapshotted it, and whether (and how) it has been treated. */
export interface CampaignTarget {
	id: string;
	kind: string;
	label: string;
	zoneId: string | null;
	lng: number;
	lat: number;
	phaseId: string | null;
	teamId: string | null;
	/** Default minutes at the stop by what is there (the route planner's). */
	serviceMin: number;
	/** Day it was treated inside its window, or null. */
	treatedOn: string | null;
	/** `stop`: a route stop marked done; `spray`: a spray event of this campaign names it. */
	treatedBy: 'stop' | 'spray' | null;
}

export interface ProgressRow {
	/** Phase, team or community id; null for targets without one. */
	key: string | null;
	name: string | null;
	targets: number;
	treated: number;
}

export interface CampaignProgress {
	overall: { targets: number; treated: number };
	byPhase: ProgressRow[];
	byTeam: ProgressRow[];
	byCommunity: ProgressRow[];
}

/** The campaign's spray effect for one pest: its round in the compare view, if any. */
export interface CampaignEffect {
	pest: Pest;
	method: string;
	preDays: number;
	postDays: number;
	round: RoundEffect | null;
}

/** A campaign in `GET /api/campaigns` (the window fields as before, plus the plan's counts). */
export interface CampaignSummary {
	id: string;
	name: string;
	from: string;
	to: string;
	pests: Pest[];
	phases: number;
	targets: number;
	treated: number;
}

/** `GET /api/campaigns/:id`. */
export interface CampaignDetail {
	campaign: CampaignSummary;
	phases: CampaignPhase[];
	targets: CampaignTarget[];
	progress: CampaignProgress;
	effect: CampaignEffect[];
	/** Teams a target may be given to. */
	teams: { id: string; name: string }[];
	communities: { id: string; name: string }[];
}

/** `POST /api/campaigns/:id/targets`. */
export interface CampaignTargetsAdded {
	added: number;
	/** Already in the campaign, or beyond MAX_CAMPAIGN_TARGETS. */
	skipped: number;
	truncated: boolean;
}

/** The method a campaign's spray effect is judged by: each pest's main graded one (domain.md §2). */
export const CAMPAIGN_EFFECT_METHOD: Record<Pest, string> = {
	rat: 'rat.indoor_signs',
	mosquito: 'mosquito.route_index',
	fly: 'fly.indoor_rooms',
	cockroach: 'cockroach.infestation'
};
