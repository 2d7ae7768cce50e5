/**
 * The 除四害 campaign calendar, the same every year: spring unified spraying against
 * mosquitoes and flies (3/25–3/27) and April (爱国卫生月) rounds against rats (4/8–4/10) and
 * cockroaches (4/20–4/22); autumn spraying and cockroach treatment (9/3–9/5) and rat baiting (10/20–10/22).
 * Each day of a round one team treats its share of the targeted communities.
 */
import type { Pest } from '../contract/records';

export interface RoundPlan {
	season: '春季' | '秋季';
	pests: readonly Pest[];
	month: number;
	/** One day per team, in team order. */
	days: readonly number[];
}

export const ROUNDS: readonly RoundPlan[] = [
	{ season: '春季', pests: ['mosquito', 'fly'], month: 3, days: [25, 26, 27] },
	{ season: '春季', pests: ['cockroach'], month: 4, days: [20, 21, 22] },
	{ season: '春季', pests: ['rat'], month: 4, days: [8, 9, 10] },
	{ season: '秋季', pests: ['mosquito', 'fly'], month: 9, days: [3, 4, 5] },
	{ season: '秋季', pests: ['cockroach'], month: 9, days: [3, 4, 5] },
	{ season: '秋季', pests: ['rat'], month: 10, days: [20, 21, 22] }
];

export const TEAMS: readonly string[] = ['消杀一队', '消杀二队', '消杀三队'];

/** Communities left untreated in each round, as controls (both ends included). */
export const CONTROLS_PER_ROUND: [number, number] = [3, 5];

/** Chemical, unit and dose per km² of target area. */
export const CHEMICALS: Record<Pest, { chemical: string; unit: string; perKm2: number }> = {
	mosquito: { chemical: '高效氯氰菊酯', unit: 'L', perKm2: 1.2 },
	fly: { chemical: '顺式氯氰菊酯', unit: 'L', perKm2: 1.0 },
	cockroach: { chemical: '氟虫腈杀蟑胶饵', unit: 'kg', perKm2: 0.8 },
	rat: { chemical: '溴敌隆毒饵', unit: 'kg', perKm2: 25 }
};

/**
 * Effect on surveyed density: a drop of `drop` on the day of treatment, recovering linearly
 * over `recoveryDays`.
 */
export const SPRAY_EFFECT: Record<Pest, { drop: number; recoveryDays: number }> = {
	mosquito: { drop: 0.7, recoveryDays: 42 },
	fly: { drop: 0.6, recoveryDays: 42 },
	cockroach: { drop: 0.55, recoveryDays: 56 },
	rat: { drop: 0.6, recoveryDays: 56 }
};
