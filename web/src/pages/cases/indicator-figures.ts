import type { IndicatorRow } from '../../api/case-client';

/** The town's figures for a period: the per-zone rows of `/api/cases/indicators` added up. */
export interface IndicatorTotals {
	closureRate: number | null;
	onTimeRate: number | null;
	reworkRate: number | null;
	avgHandlingHours: number | null;
	open: number;
	overdue: number;
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

/**
 * Adds up rows that split the period's cases (by zone: each case in one row): rates from the
 * summed counts, the average handling time weighted by each row's closed cases.
 */
export function totalIndicators(rows: readonly IndicatorRow[]): IndicatorTotals {
	const sum = (pick: (r: IndicatorRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
	const due = sum((r) => r.due);
	const closed = sum((r) => r.closed);
	const timed = rows.filter((r) => r.avg_handling_hours !== null && r.closed > 0);
	const weight = timed.reduce((s, r) => s + r.closed, 0);
	const hours = timed.reduce((s, r) => s + (r.avg_handling_hours ?? 0) * r.closed, 0);
	return {
		closureRate: ratio(closed, due),
		onTimeRate: ratio(
			sum((r) => r.on_time),
			due
		),
		reworkRate: ratio(
			sum((r) => r.reworked),
			sum((r) => r.handled)
		),
		avgHandlingHours: weight === 0 ? null : hours / weight,
		open: sum((r) => r.open),
		overdue: sum((r) => r.overdue)
	};
}

/** The same dates a year earlier (29 February becomes the 28th). */
export function yearEarlier(date: string): string {
	const [y, m, d] = date.split('-').map(Number);
	const day = m === 2 && d === 29 ? 28 : d;
	return `${y - 1}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The period the cards show; `rolling` when it is the default twelve months. */
export interface IndicatorPeriod {
	from: string;
	to: string;
	rolling: boolean;
}

/**
 * The period the cards show: the list's report dates when the URL names them; else the last
 * twelve calendar months ending on the day of the latest case report, or today when that is
 * later or unknown (demo data that ends in 2025 would show an empty current year). A date the
 * URL leaves open takes the default's end.
 */
export function indicatorPeriod(
	from: string,
	to: string,
	today: string,
	latestReport: string | null = null
): IndicatorPeriod {
	const latest = latestReport?.slice(0, 10) ?? null;
	const end = latest && latest < today ? latest : today;
	const [y, m] = end.split('-').map(Number);
	const month = y * 12 + (m - 1) - 11;
	const start = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
	if (!from && !to) return { from: start, to: end, rolling: true };
	return { from: from || start, to: to || end, rolling: false };
}

export type CardKey = 'closure' | 'onTime' | 'rework' | 'avgHours' | 'open' | 'overdue';
export const CARD_KEYS: readonly CardKey[] = [
	'closure',
	'onTime',
	'rework',
	'avgHours',
	'open',
	'overdue'
];

/** A card's figure as text: rates in per cent, hours to one decimal, counts whole; null is —. */
export function cardValue(
	totals: IndicatorTotals | null,
	key: CardKey
): { kind: 'rate' | 'hours' | 'count'; value: string } | null {
	if (!totals) return null;
	const pct = (x: number | null) => (x === null ? null : `${(x * 100).toFixed(1)}%`);
	switch (key) {
		case 'closure':
			return wrap('rate', pct(totals.closureRate));
		case 'onTime':
			return wrap('rate', pct(totals.onTimeRate));
		case 'rework':
			return wrap('rate', pct(totals.reworkRate));
		case 'avgHours':
			return wrap(
				'hours',
				totals.avgHandlingHours === null ? null : totals.avgHandlingHours.toFixed(1)
			);
		case 'open':
			return wrap('count', String(totals.open));
		case 'overdue':
			return wrap('count', String(totals.overdue));
	}
}

function wrap(kind: 'rate' | 'hours' | 'count', value: string | null) {
	return value === null ? null : { kind, value };
}
