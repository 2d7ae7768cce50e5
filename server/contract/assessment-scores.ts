/**
 * 环卫考核 scores, rankings, 红黑榜 and the rewards-and-penalties ledger (issue 16 item 3,
 * lane C): response shapes and the week/month arithmetic the server and the web share.
 * Zod-free, so the web may import it.
 */
import type { RewardKind, RewardRule, RewardTarget, RewardUnit } from './assessment';

/** What a ranking ranks: a 300 m section, a road, a cleaning unit, a village/community, a key group. */
export const SCORE_DIMENSIONS = ['section', 'road', 'unit', 'community', 'group'] as const;
export type ScoreDimension = (typeof SCORE_DIMENSIONS)[number];

export const SCORE_PERIODS = ['week', 'month'] as const;
export type ScorePeriod = (typeof SCORE_PERIODS)[number];

/** Whose inspections count: the town's own, the district's, or both. */
export const SCORE_LEVELS = ['town', 'district', 'all'] as const;
export type ScoreLevel = (typeof SCORE_LEVELS)[number];

export const SCORE_ORDERS = ['best', 'worst'] as const;
export type ScoreOrder = (typeof SCORE_ORDERS)[number];

/** `2024-05` */
export const MONTH_PATTERN = /^(19|20)\d\d-(0[1-9]|1[0-2])$/;
/** `2024-W07` (ISO 8601 week) */
export const WEEK_PATTERN = /^(19|20)\d\d-W(0[1-9]|[1-4]\d|5[0-3])$/;

/** One ranked thing of a period. */
export interface ScoreRow {
	key: string;
	name: string;
	/** Mean inspection score of the period, 2 decimals. */
	score: number;
	inspections: number;
	/** Deduction occurrences recorded on those inspections. */
	deductions: number;
	min: number;
	/** 1 is the best mean; equal means share a rank (1, 2, 2, 4). */
	rank: number;
	/** Mean of the same month (or ISO week number) last year; null when nothing was inspected then. */
	lastYear: number | null;
	/** score − lastYear, 2 decimals; null without last year's figure (no data is not an improvement). */
	change: number | null;
}

export interface ScoreReport {
	by: ScoreDimension;
	period: ScorePeriod;
	at: string;
	level: ScoreLevel;
	order: ScoreOrder;
	/** First day of the period and the first day after it (Asia/Shanghai dates). */
	from: string;
	until: string;
	/** The period compared against, or null when last year had no such week (W53). */
	lastYearAt: string | null;
	rows: ScoreRow[];
}

/** The month's best and worst (红榜, 黑榜) of each board dimension. */
export const BOARD_DIMENSIONS = [
	'unit',
	'road',
	'community'
] as const satisfies readonly ScoreDimension[];

/** One line of the rewards-and-penalties ledger of a month. */
export interface LedgerRow {
	target: RewardTarget;
	targetKey: string;
	targetName: string;
	score: number;
	inspections: number;
	ruleId: string;
	/** The rule's name in both languages (null when the rule has since been deleted). */
	ruleNameZh: string | null;
	ruleNameEn: string | null;
	kind: RewardKind;
	amount: number;
	unit: RewardUnit;
}

export interface LedgerReport {
	month: string;
	/** True when the office settled the month: the lines are what was written then. */
	settled: boolean;
	settledBy: string | null;
	settledAt: string | null;
	/** Whether the month has ended (a month is settled only after its last day). */
	ended: boolean;
	lines: LedgerRow[];
}

export type RewardRuleView = RewardRule;

// ---------------------------------------------------------------------------------------------
// Week and month arithmetic on Asia/Shanghai calendar dates (`YYYY-MM-DD`), pure.

const DAY_MS = 86_400_000;
const utcDay = (date: string) => Date.parse(`${date}T00:00:00Z`);
const dayString = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pad2 = (n: number) => String(n).padStart(2, '0');

/** The ISO week (`2024-W01`) a date falls in: weeks start on Monday, week 1 holds 4 January. */
export function isoWeekOf(date: string): string {
	const ms = utcDay(date);
	const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0
	const thursday = new Date(ms + (3 - weekday) * DAY_MS);
	const year = thursday.getUTCFullYear();
	const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
	return `${year}-W${pad2(week)}`;
}

/** Monday of ISO week `week` of `year`. */
function mondayOf(year: number, week: number): number {
	const jan4 = Date.UTC(year, 0, 4);
	const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
	return jan4 - weekday * DAY_MS + (week - 1) * 7 * DAY_MS;
}

/** 52 or 53. */
export function isoWeeksIn(year: number): number {
	return isoWeekOf(`${year}-12-28`).endsWith('53') ? 53 : 52;
}

/**
 * The dates a period covers, `from` inclusive and `until` exclusive; null for a text that is
 * no such period (a week 53 of a 52-week year, a malformed month).
 */
export function periodRange(
	period: ScorePeriod,
	at: string
): { from: string; until: string } | null {
	if (period === 'month') {
		if (!MONTH_PATTERN.test(at)) return null;
		const [y, m] = at.split('-').map(Number);
		return { from: `${at}-01`, until: dayString(Date.UTC(m === 12 ? y + 1 : y, m % 12, 1)) };
	}
	if (!WEEK_PATTERN.test(at)) return null;
	const year = Number(at.slice(0, 4));
	const week = Number(at.slice(6));
	if (week > isoWeeksIn(year)) return null;
	const monday = mondayOf(year, week);
	return { from: dayString(monday), until: dayString(monday + 7 * DAY_MS) };
}

/** The period a date falls in. */
export function periodOf(period: ScorePeriod, date: string): string {
	return period === 'month' ? date.slice(0, 7) : isoWeekOf(date);
}

/**
 * The same period last year: the same month, or the same ISO week number (null when last
 * year had no week 53).
 */
export function lastYearOf(period: ScorePeriod, at: string): string | null {
	const last = `${Number(at.slice(0, 4)) - 1}${at.slice(4)}`;
	return periodRange(period, last) ? last : null;
}

/** The period before or after (`step` −1 or +1). */
export function stepPeriod(period: ScorePeriod, at: string, step: number): string {
	const range = periodRange(period, at);
	if (!range) return at;
	if (period === 'week') return isoWeekOf(dayString(utcDay(range.from) + step * 7 * DAY_MS));
	const [y, m] = at.split('-').map(Number);
	const d = new Date(Date.UTC(y, m - 1 + step, 1));
	return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}`;
}
