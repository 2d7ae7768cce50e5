/**
 * 环卫考核 rankings, 红黑榜, reward rules and the month's rewards-and-penalties ledger (issue 16
 * item 3, lane C). Scores are the means of the inspections of a period, grouped on the copies
 * each inspection keeps; the ledger applies the admin's rules (domain/assessment/rewards.ts)
 * to the month's mean of every cleaning unit and community, and is written once when the
 * office settles the month.
 */
import { randomUUID } from 'node:crypto';
import type { RewardRule } from '../contract/assessment';
import type { RewardRuleBody } from '../contract/assessment-score-requests';
import {
	lastYearOf,
	periodOf,
	periodRange,
	type LedgerReport,
	type LedgerRow,
	type ScoreDimension,
	type ScoreLevel,
	type ScoreOrder,
	type ScorePeriod,
	type ScoreReport,
	type ScoreRow
} from '../contract/assessment-scores';
import { DATA_WRITES } from '../contract/audit-actions';
import type { Database, Transaction } from '../db/database';
import { rankScores } from '../domain/assessment/ranking';
import { applyRewardRules, type MonthScore } from '../domain/assessment/rewards';
import { formatLocalTime } from '../domain/routing/local-time';
import { AppError, NotFoundError } from '../errors';
import {
	INSERT_LEDGER_SQL,
	INSERT_REWARD_RULE_SQL,
	LEDGER_COUNT_SQL,
	LEDGER_SQL,
	REWARD_RULE_SQL,
	REWARD_RULES_SQL,
	scoresSql,
	UPDATE_REWARD_RULE_SQL,
	type ScoreAggregate
} from '../queries/assessment-scores';
import type { Actor } from './actor';
import { recordAudit } from './audit';

type Lang = 'zh-CN' | 'en';
type Reader = Pick<Database, 'query'> | Transaction;

const round2 = (n: number) => Math.round(n * 100) / 100;

export interface ScoreQuery {
	by: ScoreDimension;
	period: ScorePeriod;
	at?: string;
	level: ScoreLevel;
	order: ScoreOrder;
}

async function aggregate(
	db: Reader,
	by: ScoreDimension,
	period: ScorePeriod,
	at: string,
	level: ScoreLevel
): Promise<ScoreAggregate[]> {
	const range = periodRange(period, at);
	if (!range) return [];
	return db.query<ScoreAggregate & Record<string, unknown>>(scoresSql(by), { ...range, level });
}

/** The ranking of one dimension for a week or month, against the same period last year. */
export async function loadScores(db: Database, q: ScoreQuery, now: Date): Promise<ScoreReport> {
	const at = q.at ?? periodOf(q.period, formatLocalTime(now).slice(0, 10));
	const range = periodRange(q.period, at)!;
	const lastYearAt = lastYearOf(q.period, at);
	const rows = await aggregate(db, q.by, q.period, at, q.level);
	const before = new Map(
		lastYearAt
			? (await aggregate(db, q.by, q.period, lastYearAt, q.level)).map((r) => [r.key, r.score])
			: []
	);
	const scored = rows.map((r) => {
		const score = round2(r.score);
		const last = before.get(r.key);
		const lastYear = last === undefined ? null : round2(last);
		return {
			key: r.key,
			name: r.name ?? r.key,
			score,
			inspections: r.inspections,
			deductions: r.deductions,
			min: round2(r.min),
			lastYear,
			change: lastYear === null ? null : round2(score - lastYear)
		};
	});
	return {
		by: q.by,
		period: q.period,
		at,
		level: q.level,
		order: q.order,
		...range,
		lastYearAt,
		rows: rankScores(scored, q.order)
	};
}

// ---------------------------------------------------------------------------------------------
// Reward rules

export async function listRewardRules(db: Reader): Promise<RewardRule[]> {
	return db.query<RewardRule & Record<string, unknown>>(REWARD_RULES_SQL);
}

export async function createRewardRule(
	db: Database,
	actor: Actor,
	body: RewardRuleBody,
	now: Date
): Promise<RewardRule> {
	const id = `rr-${randomUUID().slice(0, 8)}`;
	return db.transaction(async (tx) => {
		await tx.run(INSERT_REWARD_RULE_SQL, { id, ...body, at: formatLocalTime(now) });
		const [rule] = await tx.query<RewardRule & Record<string, unknown>>(REWARD_RULE_SQL, { id });
		await recordAudit(tx, actor, { ...DATA_WRITES.rewardRuleCreate, entityId: id, after: rule });
		return rule;
	});
}

export async function updateRewardRule(
	db: Database,
	actor: Actor,
	id: string,
	body: RewardRuleBody,
	now: Date,
	lang: Lang
): Promise<RewardRule> {
	return db.transaction(async (tx) => {
		const [before] = await tx.query<RewardRule & Record<string, unknown>>(REWARD_RULE_SQL, { id });
		if (!before) {
			throw new NotFoundError(
				lang === 'en' ? `no reward rule ${id}` : `没有编号为 ${id} 的奖惩规则`
			);
		}
		await tx.run(UPDATE_REWARD_RULE_SQL, { id, ...body, at: formatLocalTime(now) });
		const [rule] = await tx.query<RewardRule & Record<string, unknown>>(REWARD_RULE_SQL, { id });
		await recordAudit(tx, actor, {
			...DATA_WRITES.rewardRuleUpdate,
			entityId: id,
			before,
			after: rule
		});
		return rule;
	});
}

// ---------------------------------------------------------------------------------------------
// The ledger

/** The month's mean of every cleaning unit and community, all levels of inspection. */
export async function monthScores(db: Reader, month: string): Promise<MonthScore[]> {
	const units = await aggregate(db, 'unit', 'month', month, 'all');
	const communities = await aggregate(db, 'community', 'month', month, 'all');
	const byName = (a: ScoreAggregate, b: ScoreAggregate) =>
		(a.name ?? a.key).localeCompare(b.name ?? b.key, 'zh') || a.key.localeCompare(b.key);
	const toScore =
		(target: MonthScore['target']) =>
		(r: ScoreAggregate): MonthScore => ({
			target,
			key: r.key,
			name: r.name ?? r.key,
			score: round2(r.score),
			inspections: r.inspections
		});
	return [
		...units.sort(byName).map(toScore('cleaning_unit')),
		...communities.sort(byName).map(toScore('community'))
	];
}

async function previewLines(db: Reader, month: string): Promise<LedgerRow[]> {
	const rules = await listRewardRules(db);
	const names = new Map(rules.map((r) => [r.id, r]));
	return applyRewardRules(await monthScores(db, month), rules).map((l) => ({
		target: l.target,
		targetKey: l.key,
		targetName: l.name,
		score: l.score,
		inspections: l.inspections,
		ruleId: l.ruleId,
		ruleNameZh: names.get(l.ruleId)?.nameZh ?? null,
		ruleNameEn: names.get(l.ruleId)?.nameEn ?? null,
		kind: l.kind,
		amount: l.amount,
		unit: l.unit
	}));
}

/** The first day after the month, `YYYY-MM-DD`. */
const monthEnd = (month: string) => periodRange('month', month)!.until;
const monthEnded = (month: string, now: Date) =>
	formatLocalTime(now).slice(0, 10) >= monthEnd(month);

/** The month's ledger: the settled lines, or a preview of what settling would write now. */
export async function loadLedger(db: Database, month: string, now: Date): Promise<LedgerReport> {
	const settled = await db.query<
		LedgerRow & { settledBy: string; settledAt: string } & Record<string, unknown>
	>(LEDGER_SQL, { month });
	const ended = monthEnded(month, now);
	if (settled.length) {
		return {
			month,
			settled: true,
			settledBy: settled[0].settledBy,
			settledAt: settled[0].settledAt,
			ended,
			lines: settled.map(({ settledBy: _b, settledAt: _a, ...line }) => line)
		};
	}
	return {
		month,
		settled: false,
		settledBy: null,
		settledAt: null,
		ended,
		lines: await previewLines(db, month)
	};
}

/**
 * Settles a month that has ended: its lines are written once, with the scores of that moment,
 * in one transaction with the audit row. A month already settled is a 409; one still running,
 * or one where no unit met any rule, a 422 (nothing would be written).
 */
export async function settleLedger(
	db: Database,
	actor: Actor,
	month: string,
	now: Date,
	lang: Lang
): Promise<LedgerReport> {
	if (!monthEnded(month, now)) {
		throw new AppError(
			422,
			'month_not_ended',
			lang === 'en'
				? `${month} has not ended yet; settle it from ${monthEnd(month)}`
				: `${month} 还没有结束，${monthEnd(month)} 起才能结算`
		);
	}
	const at = formatLocalTime(now);
	await db.transaction(async (tx) => {
		const [{ n }] = await tx.query<{ n: number }>(LEDGER_COUNT_SQL, { month });
		if (n > 0) {
			throw new AppError(
				409,
				'already_settled',
				lang === 'en' ? `${month} is already settled` : `${month} 的奖惩台账已经结算过了`
			);
		}
		const lines = await previewLines(tx, month);
		if (!lines.length) {
			throw new AppError(
				422,
				'nothing_to_settle',
				lang === 'en'
					? `no cleaning unit or community met a reward or penalty rule in ${month}; nothing to settle`
					: `${month} 没有保洁单位或村居达到奖惩规则，无需结算`
			);
		}
		for (const [i, line] of lines.entries()) {
			await tx.run(INSERT_LEDGER_SQL, {
				id: `${month}-${String(i + 1).padStart(4, '0')}`,
				month,
				target: line.target,
				targetKey: line.targetKey,
				targetName: line.targetName,
				score: line.score,
				inspections: line.inspections,
				ruleId: line.ruleId,
				kind: line.kind,
				amount: line.amount,
				unit: line.unit,
				settledBy: actor.username,
				settledAt: at
			});
		}
		const total = (kind: string, unit: string) =>
			round2(
				lines.filter((l) => l.kind === kind && l.unit === unit).reduce((s, l) => s + l.amount, 0)
			);
		await recordAudit(tx, actor, {
			...DATA_WRITES.ledgerSettle,
			entityId: month,
			after: {
				month,
				lines: lines.length,
				rewardYuan: total('reward', 'yuan'),
				penaltyYuan: total('penalty', 'yuan'),
				rewardPoints: total('reward', 'points'),
				penaltyPoints: total('penalty', 'points')
			}
		});
	});
	return loadLedger(db, month, now);
}
