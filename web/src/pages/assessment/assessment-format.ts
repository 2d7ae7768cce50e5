/**
 * Pure helpers of the 环卫考核 pages (issue 16 lane C): the tabs, period labels, the trend
 * against last year, the 红黑榜 lists and the ledger's totals.
 */
import type {
	LedgerRow,
	ScorePeriod,
	ScoreRow
} from '../../../../server/contract/assessment-scores';
import { periodRange } from '../../../../server/contract/assessment-scores';
import type { Route } from '../../app/routes';
import type { MessageKey } from '../../i18n';

/**
 * The tabs of /assessment, in order: the office's assessment work, from the scores to the
 * district's visit and the 卫生单位 titles.
 */
export const ASSESSMENT_TABS: readonly {
	route: Route['name'];
	path: string;
	label: MessageKey;
}[] = [
	{ route: 'assessment', path: '/assessment', label: 'asmt.tab.ranking' },
	{ route: 'assessment_board', path: '/assessment/board', label: 'asmt.tab.board' },
	{ route: 'assessment_ledger', path: '/assessment/ledger', label: 'asmt.tab.ledger' },
	{ route: 'readiness', path: '/assessment/readiness', label: 'asmt.tab.readiness' },
	{ route: 'sanitary_units', path: '/assessment/sanitary-units', label: 'asmt.tab.sanitary' }
];

/** A score with one decimal. */
export const score1 = (n: number | null) => (n === null ? '—' : n.toFixed(1));

export type Trend = { arrow: '↑' | '↓' | '→' | ''; key: MessageKey; n: string; tone: string };

/**
 * The trend against the same period last year. No figure last year is said so: it is not an
 * improvement (nor a decline).
 */
export function trendOf(change: number | null): Trend {
	if (change === null) return { arrow: '', key: 'asmt.noLastYear', n: '', tone: 'none' };
	const n = Math.abs(change).toFixed(1);
	if (n === '0.0') return { arrow: '→', key: 'asmt.same', n, tone: 'same' };
	return change > 0
		? { arrow: '↑', key: 'asmt.up', n, tone: 'up' }
		: { arrow: '↓', key: 'asmt.down', n, tone: 'down' };
}

/** `2025年5月` / `2025-05`, or the week with its dates. */
export function periodLabel(
	period: ScorePeriod,
	at: string,
	t: (key: MessageKey, params?: Record<string, string | number>) => string
): string {
	if (period === 'month')
		return t('asmt.monthLabel', { y: at.slice(0, 4), m: Number(at.slice(5, 7)) });
	const range = periodRange('week', at);
	if (!range) return at;
	const last = new Date(Date.parse(`${range.until}T00:00:00Z`) - 86_400_000).toISOString();
	return t('asmt.weekLabel', {
		y: at.slice(0, 4),
		w: Number(at.slice(6)),
		from: range.from.slice(5),
		to: last.slice(5, 10)
	});
}

/**
 * The month's red list (the best `n`, best first) and black list (the worst `n`, worst
 * first) from rows ranked best first. With fewer than 2n rows the lists split them, so no
 * unit is on both.
 */
export function boardLists(
	rowsBestFirst: readonly ScoreRow[],
	n: number
): { red: ScoreRow[]; black: ScoreRow[] } {
	const take = Math.min(n, Math.floor(rowsBestFirst.length / 2));
	const red = rowsBestFirst.slice(0, Math.max(take, rowsBestFirst.length === 1 ? 1 : 0));
	const black = rowsBestFirst.slice(rowsBestFirst.length - take).reverse();
	return { red, black };
}

export interface LedgerTotals {
	rewardYuan: number;
	rewardPoints: number;
	penaltyYuan: number;
	penaltyPoints: number;
}

/** Sums of the ledger by kind and unit (yuan and points are never added together). */
export function ledgerTotals(lines: readonly LedgerRow[]): LedgerTotals {
	const sum = (kind: string, unit: string) =>
		Math.round(
			lines.filter((l) => l.kind === kind && l.unit === unit).reduce((s, l) => s + l.amount, 0) *
				100
		) / 100;
	return {
		rewardYuan: sum('reward', 'yuan'),
		rewardPoints: sum('reward', 'points'),
		penaltyYuan: sum('penalty', 'yuan'),
		penaltyPoints: sum('penalty', 'points')
	};
}

/** A road's colour on the small map: 90 and over green, 80–90 amber, under 80 red, none grey. */
export function scoreColour(score: number | null): [number, number, number, number] {
	if (score === null) return [150, 150, 150, 140];
	if (score >= 90) return [29, 140, 60, 255];
	if (score >= 80) return [230, 160, 20, 255];
	return [200, 30, 30, 255];
}
